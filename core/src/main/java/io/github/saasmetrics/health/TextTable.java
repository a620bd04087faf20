package io.github.saasmetrics.health;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small aligned table that renders as plain text or as Markdown; columns are left- or right-aligned. */
final class TextTable {

    private final String[] headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    /** Headers starting with '>' are right-aligned (the '>' is not shown). */
    TextTable(String... headers) {
        this.headers = new String[headers.length];
        this.right = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            right[i] = headers[i].startsWith(">");
            this.headers[i] = right[i] ? headers[i].substring(1) : headers[i];
        }
    }

    TextTable row(String... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException("expected " + headers.length + " cells but got " + Arrays.toString(cells));
        }
        rows.add(cells.clone());
        return this;
    }

    String text() {
        int[] width = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            width[i] = headers[i].length();
            for (String[] row : rows) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, width);
        for (String[] row : rows) {
            out.append('\n');
            line(out, row, width);
        }
        return out.toString();
    }

    private void line(StringBuilder out, String[] cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            String pad = " ".repeat(width[i] - cells[i].length());
            line.append(right[i] ? pad + cells[i] : cells[i] + pad);
        }
        out.append(line.toString().stripTrailing());
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", escape(headers))).append(" |\n|");
        for (boolean r : right) {
            out.append(r ? "---:|" : "---|");
        }
        for (String[] row : rows) {
            out.append("\n| ").append(String.join(" | ", escape(row))).append(" |");
        }
        return out.toString();
    }

    private static String[] escape(String[] cells) {
        String[] escaped = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            escaped[i] = cells[i].replace("|", "\\|");
        }
        return escaped;
    }
}
