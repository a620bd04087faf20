package io.github.saasmetrics.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.examples.SampleReport;
import io.github.saasmetrics.examples.csv.SampleFiles;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.nps.Nps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report shows the library's own tables, stays readable, and writes a self-contained page with charts. */
class SampleReportTest {

    private static ReportContext context;
    private static List<RenderedSection> sections;

    @BeforeAll
    static void render() {
        context = ReportContext.of(SampleFiles.readBundled());
        sections = SampleReport.render(context);
    }

    private static String text(String title) {
        return sections.stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow().output().text();
    }

    @Test
    void everySectionIsThereInOrder() {
        assertEquals(SampleReport.sections().stream().map(ReportSection::title).toList(),
                sections.stream().map(RenderedSection::title).toList());
        assertEquals(List.of("Data", "MRR bridge by month", "Growth by year and segment",
                "The same data under each vendor's conventions", "Customer retention by quarter (textbook formula)",
                "Net Promoter Score", "Support satisfaction (CSAT)"),
                sections.stream().map(RenderedSection::title).toList());
    }

    @Test
    void theBridgeSectionIsTheLibrarysTable() {
        assertEquals(MrrMovements.monthly(context.ledger()).toString(), text("MRR bridge by month"));
    }

    @Test
    void theNpsSectionShowsTheScoreAndItsIntervals() {
        String nps = text("Net Promoter Score");
        var score = Nps.of(context.data().npsResponses());
        assertTrue(nps.startsWith("All responses: " + score + "\n  Wald " + score.waldInterval(0.95)), nps);
        assertTrue(nps.contains(Nps.quarterlyTrend(context.data().npsResponses()).toString().strip()));
    }

    @Test
    void retentionFollowsTheTextbookFormulaFromTheLedger() {
        // 2024-Q4: S customers at the end of September, E at the end of December.
        String table = text("Customer retention by quarter (textbook formula)");
        int s = context.ledger().snapshot(java.time.YearMonth.of(2024, 9)).customerCount();
        int e = context.ledger().snapshot(java.time.YearMonth.of(2024, 12)).customerCount();
        Matcher row = Pattern.compile("2024-Q4\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(table);
        assertTrue(row.find(), table);
        assertEquals(s, Integer.parseInt(row.group(1)));
        assertEquals(e, Integer.parseInt(row.group(2)));
        long acquired = Long.parseLong(row.group(3));
        long lost = Long.parseLong(row.group(4));
        assertEquals(e - acquired, s - lost, "retained = E − N = S − lost");
    }

    @Test
    void theTextReportIsAboutOneHundredLinesAndEveryLineFitsAWideTerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextReport.print(SampleReport.TITLE, sections, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.size() >= 80 && lines.size() <= 160, "lines: " + lines.size());
        for (String line : lines) {
            assertTrue(line.length() <= 190, line);
        }
    }

    @Test
    void theHtmlPageIsSelfContainedWithOneSvgChartPerFigure(@TempDir Path dir) throws IOException {
        Path file = HtmlReport.write(SampleReport.TITLE, sections, dir);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        long figures = sections.stream().mapToLong(s -> s.output().figures().size()).sum();
        assertEquals(2, figures);
        assertEquals(figures, Pattern.compile("src=\"data:image/svg\\+xml;base64,").matcher(html).results().count());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(!html.contains("http://") && !html.contains("https://"), "the page loads nothing from elsewhere");
        for (RenderedSection s : sections) {
            assertTrue(html.contains("<h2>" + s.title() + "</h2>"), s.title());
        }
    }

    @Test
    void textAndTitlesAreEscaped() {
        String html = HtmlReport.html("A & B", List.of(new RenderedSection("<x>", SectionOutput.text("a < b & \"c\""))));
        assertTrue(html.contains("<title>A &amp; B</title>"), html);
        assertTrue(html.contains("<h2>&lt;x&gt;</h2>"), html);
        assertTrue(html.contains("<pre>a &lt; b &amp; &quot;c&quot;</pre>"), html);
    }

    @Test
    void mainPrintsTheReportAndNamesTheHtmlFile(@TempDir Path dir) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            SampleReport.main(new String[] {dir.toString()});
        } finally {
            System.setOut(stdout);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith(SampleReport.TITLE + "\n"), out);
        assertTrue(out.strip().endsWith(dir.resolve("report.html").toAbsolutePath().normalize().toString()), out);
        assertTrue(Files.exists(dir.resolve("report.html")));
    }
}
