package io.github.saasmetrics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.examples.sample.SampleData;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --help} on every command names every option; {@code --version} names the build's version. */
class HelpTest {

    /** The options each command must offer, besides {@code --help} and {@code --version}. */
    private static List<String> options(String command) {
        List<String> data = List.of("--data", "--sample", "--period", "--currency");
        return switch (command) {
            case "report" -> concat(data, "--out", "--tables", "--title");
            case "bridge" -> concat(data, "--format");
            case "churn", "cohorts", "nps" -> concat(data, "--format", "--by");
            default -> List.of();
        };
    }

    private static List<String> concat(List<String> a, String... b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.Arrays.stream(b)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "report", "bridge", "churn", "cohorts", "nps"})
    void helpNamesEveryOption(String command) {
        Cli.Run run = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
        String help = run.out();
        assertTrue(help.startsWith("Usage: saasmetrics" + (command.isEmpty() ? "" : " " + command)), help);
        CommandLine cli = SaasmetricsCli.commandLine();
        CommandLine spec = command.isEmpty() ? cli : cli.getSubcommands().get(command);
        for (OptionSpec option : spec.getCommandSpec().options()) {
            for (String name : option.names()) {
                assertTrue(help.contains(name), () -> name + " missing from\n" + help);
            }
        }
        for (String name : concat(options(command), "--help", "--version")) {
            assertTrue(help.contains(name), () -> name + " missing from\n" + help);
        }
        assertTrue(help.contains("Exit codes:"), help);
    }

    @Test
    void theTopLevelHelpListsTheCommands() {
        String help = Cli.run("--help").out();
        for (String command : List.of("report", "bridge", "churn", "cohorts", "nps", "help")) {
            assertTrue(help.contains("\n  " + command + " "), () -> command + " missing from\n" + help);
        }
        assertEquals(Cli.run("help", "churn").out(), Cli.run("churn", "--help").out());
    }

    @Test
    void thePeriodsSyntaxAndTheDefaultsAreInTheHelp() {
        String help = Cli.run("report", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--period=FIRST..LAST Months to report, yyyy-MM..yyyy-MM with both months included;"
                + " also 2024 or 2024-Q3. Default: 2023-01..2024-12."), help);
        assertTrue(help.contains("Default: USD."), help);
        assertTrue(Cli.run("bridge", "--help").out().replaceAll("\\s+", " ").contains("Output: text, csv, json"));
    }

    @Test
    void theDefaultsAreThoseOfSampleFilesRead() {
        assertEquals(SampleData.period(), PeriodConverter.parse(DataOptions.DEFAULT_PERIOD));
        assertEquals(Currency.getInstance("USD"), new CurrencyConverter().convert(DataOptions.DEFAULT_CURRENCY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionIsTheBuildsVersion(String option) {
        Cli.Run run = Cli.run(option);
        assertEquals(0, run.exitCode(), run::toString);
        String version = System.getProperty("project.version");
        assertTrue(version != null && !version.isBlank(), "surefire passes the project's version");
        assertTrue(run.out().startsWith("saasmetrics " + version + "\nJava "), run.out());
        assertEquals(run.out(), Cli.run("bridge", option).out(), "every command answers --version");
    }
}
