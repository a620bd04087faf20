package io.github.saasmetrics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every mistake a user can make ends in one message that says what to fix and where, without a
 * stack trace, and exit code 2; a bug ends in exit code 1 with its stack trace.
 */
class CliErrorsTest {

    private static Cli.Run badInput(String... args) {
        Cli.Run run = Cli.run(args);
        assertEquals(SaasmetricsCli.BAD_INPUT, run.exitCode(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertFalse(run.err().contains("\tat "), () -> "no stack trace: " + run.err());
        return run;
    }

    @Test
    void aBadAmountNamesTheFileLineColumnAndValue(@TempDir Path dir) throws IOException {
        Path subscriptions = Cli.copyOfSample(dir).resolve("subscriptions.csv");
        List<String> lines = Files.readAllLines(subscriptions, StandardCharsets.UTF_8);
        assertTrue(lines.get(2).contains(",29.00,"), lines.get(2));
        lines.set(2, lines.get(2).replace(",29.00,", ",2x9.00,"));
        Files.write(subscriptions, lines, StandardCharsets.UTF_8);
        for (String command : List.of("report", "bridge", "churn", "cohorts", "nps")) {
            Cli.Run run = badInput(command, "--data", dir.toString());
            assertEquals("saasmetrics " + command + ": " + dir.toAbsolutePath().resolve("subscriptions.csv")
                    + " line 3, column 'amount': must be a decimal number such as 99.00 but was '2x9.00'\n", run.err());
        }
    }

    @Test
    void missingFilesAreNamedWithTheirDirectory(@TempDir Path dir) throws IOException {
        Cli.copyOfSample(dir);
        Files.delete(dir.resolve("nps.csv"));
        Cli.Run one = badInput("bridge", "--data", dir.toString());
        assertTrue(one.err().startsWith("saasmetrics bridge: nps.csv is missing in " + dir.toAbsolutePath()
                + ": a data directory needs customers.csv, subscriptions.csv, exchange-rates.csv, nps.csv and csat.csv,"
                + " and may hold health.csv, experiment.csv and churn-reasons.csv"), one.err());
        Files.delete(dir.resolve("customers.csv"));
        Cli.Run two = badInput("nps", "--data", dir.toString());
        assertTrue(two.err().startsWith("saasmetrics nps: customers.csv and nps.csv are missing in "
                + dir.toAbsolutePath() + ":"), two.err());
    }

    @Test
    void optionalFilesMayBeMissing(@TempDir Path dir) throws IOException {
        Cli.copyOfSample(dir);
        Files.delete(dir.resolve("health.csv"));
        Files.delete(dir.resolve("experiment.csv"));
        Files.delete(dir.resolve("churn-reasons.csv"));
        Cli.Run run = Cli.run("bridge", "--data", dir.toString());
        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void aMissingDirectoryOrAFileInItsPlaceIsSaidSo(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("exports");
        assertEquals("saasmetrics churn: the data directory " + missing.toAbsolutePath() + " does not exist\n",
                badInput("churn", "--data", missing.toString()).err());
        Path file = Files.writeString(dir.resolve("nps.csv"), "customer,date,score\n");
        assertEquals("saasmetrics churn: --data must name a directory of CSV files, but " + file.toAbsolutePath()
                + " is a file\n", badInput("churn", "--data", file.toString()).err());
    }

    @Test
    void aFileThatIsNotUtf8IsSaidSo(@TempDir Path dir) throws IOException {
        Cli.copyOfSample(dir);
        Files.write(dir.resolve("customers.csv"), "customer,segment\ncus_1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("saasmetrics nps: cannot read customers.csv in " + dir.toAbsolutePath() + ": the file is not UTF-8"
                + " text (a spreadsheet saves it as \"CSV UTF-8\")\n", badInput("nps", "--data", dir.toString()).err());
    }

    @Test
    void dataTheLedgerCannotUseIsBadInput() {
        Cli.Run run = badInput("bridge", "--sample", "--currency", "EUR");
        assertEquals("saasmetrics bridge: cannot compute the metrics from the bundled sample: no rate is needed from the"
                + " reporting currency EUR to itself\n", run.err());
    }

    @Test
    void aCurrencyWithoutAnExchangeRateIsBadInput(@TempDir Path dir) throws IOException {
        Path rates = Cli.copyOfSample(dir).resolve("exchange-rates.csv");
        List<String> lines = Files.readAllLines(rates, StandardCharsets.UTF_8);
        Files.write(rates, lines.stream().filter(l -> !l.startsWith("gbp,")).toList(), StandardCharsets.UTF_8);
        Cli.Run run = badInput("cohorts", "--data", dir.toString());
        assertTrue(run.err().startsWith("saasmetrics cohorts: cannot compute the metrics from the data in "
                + dir.toAbsolutePath() + ": subscription "), run.err());
        assertTrue(run.err().contains(": no exchange rate from GBP to USD in effect on "), run.err());
    }

    @Test
    void aMisspeltOptionSuggestsTheRightOne() {
        Cli.Run dropped = badInput("bridge", "--dta", "exports");
        assertTrue(dropped.err().startsWith("Unknown options: '--dta', 'exports'\n"), dropped.err());
        assertTrue(dropped.err().contains("Did you mean: --data?"), dropped.err());
        Cli.Run swapped = badInput("report", "--sampel");
        assertTrue(swapped.err().startsWith("Unknown option: '--sampel'\n"), swapped.err());
        assertTrue(swapped.err().contains("--sample"), swapped.err());
        Cli.Run unlike = badInput("nps", "--sample", "--colour", "red");
        assertTrue(unlike.err().contains("Usage: saasmetrics nps"), "far from every option: the usage lists them");
    }

    @Test
    void aMisspeltCommandSuggestsTheRightOne() {
        Cli.Run run = badInput("brdge", "--sample");
        assertTrue(run.err().contains("Did you mean: saasmetrics bridge?"), run.err());
    }

    @Test
    void aBadFormatListsTheFormats() {
        Cli.Run run = badInput("bridge", "--sample", "--format", "xml");
        assertTrue(run.err().startsWith("Invalid value for option '--format': expected one of [TEXT, CSV, JSON]"
                + " (case-insensitive) but was 'xml'\n"), run.err());
        assertTrue(run.err().contains("--format=FORMAT"), "the usage follows");
    }

    @Test
    void aBadChoiceOfGroupingListsTheChoices() {
        assertTrue(badInput("cohorts", "--sample", "--by", "week").err()
                .startsWith("Invalid value for option '--by': expected one of [MONTH, QUARTER, YEAR]"));
        assertTrue(badInput("nps", "--sample", "--by", "year").err()
                .startsWith("Invalid value for option '--by': expected one of [MONTH, QUARTER]"));
    }

    @Test
    void aBadPeriodOrCurrencySaysWhatItShouldLookLike() {
        assertTrue(badInput("bridge", "--sample", "--period", "2024-13").err().startsWith("Invalid value for option"
                + " '--period': a period must look like 2024-01..2024-12 (first and last month, both included), 2024 or"
                + " 2024-Q3; '2024-13' is none of these\n"));
        assertTrue(badInput("bridge", "--sample", "--currency", "dollars").err().startsWith("Invalid value for option"
                + " '--currency': a currency must be an ISO-4217 code such as USD or EUR but was 'dollars'\n"));
    }

    @Test
    void theDataMustComeFromOneSource(@TempDir Path dir) {
        assertTrue(badInput("bridge").err().startsWith(
                "Error: Missing required argument (specify one of these): (--data=DIR | --sample)\n"));
        assertTrue(badInput("bridge", "--sample", "--data", dir.toString()).err().startsWith(
                "Error: --data=DIR, --sample are mutually exclusive (specify only one)\n"));
    }

    @Test
    void noCommandListsTheCommands() {
        Cli.Run run = badInput();
        assertTrue(run.err().startsWith("Missing command: report, bridge, churn, cohorts or nps\nUsage: saasmetrics"),
                run.err());
    }

    @Test
    void aBugIsExitCodeOneWithItsStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine command = SaasmetricsCli.commandLine().getSubcommands().get("bridge");
        command.setErr(new PrintWriter(err, true));
        int code = new ErrorHandler().handleExecutionException(new IllegalStateException("boom"), command, null);
        assertEquals(SaasmetricsCli.INTERNAL_ERROR, code);
        assertTrue(err.toString().startsWith("saasmetrics bridge: internal error, please report it with what follows:"
                + " java.lang.IllegalStateException: boom\n"), err.toString());
        assertTrue(err.toString().contains("\tat "), "the stack trace");
    }

    @Test
    void editsCountInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, UsageErrorHandler.edits("--data", "--data"));
        assertEquals(1, UsageErrorHandler.edits("--dta", "--data"));
        assertEquals(2, UsageErrorHandler.edits("--sampel", "--sample"));
        assertEquals(6, UsageErrorHandler.edits("", "--data"));
    }
}
