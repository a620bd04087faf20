package io.github.saasmetrics.examples.report;

import java.io.PrintStream;
import java.util.List;

/** Prints rendered sections as plain text: a title, an underline, the section's text. */
public final class TextReport {

    private TextReport() {
    }

    /**
     * Prints the sections.
     *
     * @param title the report's title, not null
     * @param sections the rendered sections, not null
     * @param out where to print, not null
     */
    public static void print(String title, List<RenderedSection> sections, PrintStream out) {
        out.println(title);
        out.println("=".repeat(title.length()));
        for (RenderedSection s : sections) {
            out.println();
            out.println(s.title());
            out.println("-".repeat(s.title().length()));
            out.println(s.output().text());
        }
    }
}
