package io.github.saasmetrics.examples;

import io.github.saasmetrics.retention.CustomerRetention;
import java.io.PrintStream;

/**
 * The sample report: the library's metrics on bundled sample data, printed to standard output.
 *
 * <p>Run it with {@code ./mvnw -B -q -Psample-report package}.
 */
public final class SampleReport {

    private SampleReport() {
    }

    /**
     * Prints the report.
     *
     * @param args optional: a directory for report files
     */
    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        out.println("saasmetrics sample report");
        out.println("=========================");
        out.println();
        out.println("Customer retention (textbook): 200 at start, 220 at end, 40 acquired");
        out.println("  CRR = " + CustomerRetention.rate(200, 220, 40));
    }
}
