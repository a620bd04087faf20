package io.github.saasmetrics.examples.cli;

import io.github.saasmetrics.examples.csv.SampleFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;

/** Runs the command line in this JVM, as a user would in a shell, and captures what it prints. */
final class Cli {

    /** The bundled sample files, as a user would export them. */
    static final Path BUNDLED = Path.of("src/main/resources/sample");

    private Cli() {
    }

    /**
     * What one run printed and returned.
     *
     * @param exitCode the exit code
     * @param out standard output
     * @param err standard error
     */
    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SaasmetricsCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Copies the bundled CSV files into a directory; returns the directory. */
    static Path copyOfSample(Path dir) {
        try {
            for (String file : SampleFiles.FILES) {
                Files.copy(BUNDLED.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
