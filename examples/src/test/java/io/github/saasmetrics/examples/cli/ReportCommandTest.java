package io.github.saasmetrics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.examples.SampleReport;
import io.github.saasmetrics.examples.report.HtmlReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saasmetrics report} on a directory prints the sample report's text and writes what it is asked to. */
class ReportCommandTest {

    private static final String HTML_LINE = "HTML report with charts: ";
    private static final String TABLES_LINE = "Tables as CSV (";

    /** The recorded output of the README's report command, its two closing lines included. */
    private static String golden;

    @BeforeAll
    static void readGolden() throws IOException {
        try (InputStream in = ReportCommandTest.class.getResourceAsStream("/golden/sample-report.txt")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The golden text without the closing lines and the blank line before them. */
    private static String goldenText() {
        return golden.substring(0, golden.indexOf("\n" + HTML_LINE));
    }

    /** The text below the title and its underline. */
    private static String body(String report) {
        return report.substring(report.indexOf('\n', report.indexOf('\n') + 1) + 1);
    }

    @Test
    void theSampleIsTheRecordedReport() {
        Cli.Run run = Cli.run("report", "--sample");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
        assertEquals(goldenText(), run.out());
    }

    @Test
    void aCopyOfTheBundledFilesGivesTheSampleReportUnderItsOwnTitle(@TempDir Path dir) {
        Cli.Run run = Cli.run("report", "--data", Cli.copyOfSample(dir).toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("saasmetrics report\n==================\n"), run.out());
        assertEquals(body(goldenText()), body(run.out()));
        Cli.Run titled = Cli.run("report", "--data", dir.toString(), "--title", SampleReport.TITLE);
        assertEquals(goldenText(), titled.out());
    }

    @Test
    void theDefaultsAreWhatSampleFilesReadUses(@TempDir Path dir) {
        Cli.Run explicit = Cli.run("report", "--data", Cli.copyOfSample(dir).toString(), "--period", "2023-01..2024-12",
                "--currency", "usd", "--title", SampleReport.TITLE);
        assertEquals(goldenText(), explicit.out());
    }

    /**
     * What the README's command prints, closing lines included: the golden file with its checkout's
     * directory replaced by this test's.
     */
    @Test
    void outAndTablesWriteThePageAndTheCsvFilesAndEndWithTheRecordedLines(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("sample-report/report.html");
        Path tables = dir.resolve("sample-report/report-tables");
        Cli.Run run = Cli.run("report", "--sample", "--out", html.toString(), "--tables", tables.toString());
        assertEquals(0, run.exitCode(), run::toString);
        String recordedDir = golden.substring(golden.indexOf(HTML_LINE) + HTML_LINE.length(),
                golden.indexOf("/" + HtmlReport.FILE_NAME + "\n"));
        assertEquals(golden.replace(recordedDir, dir.resolve("sample-report").toString()), run.out());
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
        try (Stream<Path> files = Files.list(tables)) {
            assertEquals(27, files.filter(f -> f.toString().endsWith(".csv")).count());
        }
    }

    @Test
    void outNamingADirectoryWritesReportHtmlIntoIt(@TempDir Path dir) {
        Cli.Run run = Cli.run("report", "--sample", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().endsWith("\n\n" + HTML_LINE + dir.resolve(HtmlReport.FILE_NAME).toAbsolutePath() + "\n"),
                run.out());
        assertTrue(Files.isRegularFile(dir.resolve(HtmlReport.FILE_NAME)));
        assertTrue(!run.out().contains(TABLES_LINE), "no tables unless asked");
    }

    @Test
    void theReportNeedsWholeCalendarYears() {
        Cli.Run run = Cli.run("report", "--sample", "--period", "2024-02..2024-12");
        assertEquals(SaasmetricsCli.BAD_INPUT, run.exitCode(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("report needs --period to be whole calendar years, such as 2024 or"
                + " 2023-01..2024-12, as its sections compare years; but it was 2024-02..2024-12."), run.err());
        Cli.Run year = Cli.run("report", "--sample", "--period", "2024");
        assertEquals(0, year.exitCode(), year::toString);
        assertTrue(year.out().contains("2024-01 to 2024-12"), "the Data section names the period");
    }
}
