package io.github.saasmetrics.examples.report;

/**
 * Layout of the text report: its line width and the wrapping of long one-line summaries. Numbers
 * are formatted by the library's one formatter, {@link io.github.saasmetrics.table.Figures}.
 */
final class Formats {

    /** Lines of the text report are at most this long; longer summaries are wrapped. */
    static final int WIDTH = 150;

    private Formats() {
    }

    /**
     * Breaks lines longer than {@link #WIDTH} after {@code "; "} or {@code ", "}, or else before a
     * {@code " + "}, {@code " − "} or {@code " = "} of a sum, indenting the continuation by two
     * spaces; a line without such a break stays as it is.
     */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String rest = line;
            String indent = "";
            while (indent.length() + rest.length() > WIDTH) {
                int limit = WIDTH - indent.length();
                int at = Math.max(rest.lastIndexOf("; ", limit), rest.lastIndexOf(", ", limit));
                int next;
                if (at > 0) {
                    // Keep the punctuation, drop the space.
                    next = at + 2;
                    at++;
                } else {
                    // A sum: break before its operator, which starts the continuation.
                    at = Math.max(rest.lastIndexOf(" = ", limit - 2), Math.max(rest.lastIndexOf(" + ", limit - 2),
                            rest.lastIndexOf(" − ", limit - 2)));
                    if (at <= 0) {
                        break;
                    }
                    next = at + 1;
                }
                out.append(indent).append(rest, 0, at).append('\n');
                rest = rest.substring(next);
                indent = "  ";
            }
            out.append(indent).append(rest);
        }
        return out.toString();
    }
}
