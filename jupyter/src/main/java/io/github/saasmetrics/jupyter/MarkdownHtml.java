package io.github.saasmetrics.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the Markdown that results print with {@code toMarkdown()} into well-formed HTML: a table
 * block (lines starting with {@code |}, the second one the alignment row) becomes a
 * {@code <table>} with its columns aligned as marked, any other block a paragraph. This is all
 * the Markdown the library writes: {@code table.TextTable} tables, and lines of text with
 * {@code **bold**} spans (a health assessment's heading).
 */
final class MarkdownHtml {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private MarkdownHtml() {
    }

    static String html(String markdown) {
        StringBuilder html = new StringBuilder("<div class=\"saasmetrics\">");
        for (String block : markdown.strip().split("\n\\s*\n")) {
            List<String> lines = block.strip().lines().toList();
            if (lines.size() >= 2 && lines.stream().allMatch(l -> l.startsWith("|"))) {
                table(lines, html);
            } else {
                html.append("<p>");
                for (int i = 0; i < lines.size(); i++) {
                    html.append(i > 0 ? "<br/>" : "").append(bold(escape(lines.get(i))));
                }
                html.append("</p>");
            }
        }
        return html.append("</div>").toString();
    }

    private static void table(List<String> lines, StringBuilder html) {
        List<String> header = cells(lines.get(0));
        List<String> marks = cells(lines.get(1));
        html.append("<table><thead><tr>");
        for (int c = 0; c < header.size(); c++) {
            html.append("<th").append(align(marks, c)).append('>').append(escape(header.get(c))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (String line : lines.subList(2, lines.size())) {
            List<String> row = cells(line);
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                html.append("<td").append(align(marks, c)).append('>').append(escape(row.get(c))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static String align(List<String> marks, int column) {
        return column < marks.size() && marks.get(column).endsWith(":") ? " style=\"text-align:right\"" : "";
    }

    /** The cells of {@code | a | b \| c |}: {@code a}, {@code b | c}. */
    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char ch = inner.charAt(i);
            if (ch == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (ch == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** {@code **text**} as {@code <strong>text</strong>}; a lone {@code **} stays as it is. */
    private static String bold(String text) {
        return BOLD.matcher(text).replaceAll("<strong>$1</strong>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
