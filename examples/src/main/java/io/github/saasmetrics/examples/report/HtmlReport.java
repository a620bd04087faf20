package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.charts.ChartImages;
import io.github.saasmetrics.table.ResultTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes rendered sections as one self-contained HTML page: each section's charts as PNG images
 * embedded in the page, then its typed tables as HTML tables (numbers right-aligned, negative
 * amounts marked, each cell's raw value in {@code data-value}, so a table copied into a
 * spreadsheet arrives as numbers in columns) with the text behind a "As text" disclosure, or, for
 * a section without typed tables, its text in a preformatted block. The page loads nothing from
 * elsewhere, so it can be mailed or archived as one file; the charts are bitmaps drawn at 1.5
 * times their size (text stays small, where vector output would outline every glyph), which keeps
 * the page near 1 MB.
 *
 * <p>After a section's tables come its notes (paragraphs, or lists), so that prose stays visible
 * while the text form is folded away; the summary's "explained in" cells link to their sections.
 *
 * <p>The layout fits a 1180-pixel column: cells do not wrap, except headers and a table's last column
 * (between words), and a table still wider than the column scrolls sideways in its own box. Printed (A4 or
 * Letter; the page size is left to the printer), table headers repeat on every sheet, rows are not
 * split, tables of up to {@value #SHORT_TABLE_ROWS} rows and charts are kept whole on one sheet,
 * and tables of more than {@value #WIDE_TABLE_COLUMNS} columns print on a landscape sheet.
 * {@code examples/scripts/check-report-page.sh} checks all of that in headless Chromium.
 */
public final class HtmlReport {

    /** The file name written into the report directory. */
    public static final String FILE_NAME = "report.html";

    /** Tables this short are kept on one printed page rather than split with a repeated header. */
    static final int SHORT_TABLE_ROWS = 30;

    /** Tables with more columns than this print on a landscape sheet of the same paper. */
    static final int WIDE_TABLE_COLUMNS = 12;

    private static final String STYLE = """
            *,*::before,*::after{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:1180px;\
            padding:0 1rem;color:#1f2933;overflow-wrap:anywhere;line-height:1.45}
            h1{font-size:1.8rem}
            h2{font-size:1.3rem;margin-top:2.5rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
            p,li{max-width:60rem}
            pre{background:#f6f8fa;padding:.8rem;font-size:.72rem;line-height:1.35;white-space:pre-wrap;\
            overflow-wrap:anywhere;max-width:100%}
            figure{margin:1rem 0}
            .table{overflow-x:auto;margin:1rem 0}
            table{border-collapse:collapse;font-size:.8rem;font-variant-numeric:tabular-nums;overflow-wrap:normal}
            caption{text-align:left;font-weight:600;padding:.3rem 0}
            th,td{padding:.2rem .6rem;border-bottom:1px solid #e4e7eb}
            th{background:#f6f8fa;vertical-align:bottom;overflow-wrap:normal;hyphens:none}
            td{white-space:nowrap}
            td:last-child{white-space:normal;min-width:10em}
            td.num:last-child,td.neg:last-child{white-space:nowrap;min-width:0}
            .num{text-align:right}
            .neg{color:#b42318}
            tr.total td{font-weight:600;border-top:2px solid #9aa5b1}
            tr.group td,tr.group th{font-weight:600;background:#fbfcfd;text-align:left}
            tr.footnote td{color:#52606d;white-space:normal;overflow-wrap:normal}
            figure img{display:block;width:100%;height:auto}
            figcaption{color:#52606d;font-size:.9rem}
            nav li{margin:.2rem 0}
            @page{margin:12mm}
            @page wide{size:landscape}
            @media print{
            body{margin:0;max-width:none;padding:0;font-size:9.5pt}
            nav{display:none}
            h2{margin-top:1.2rem;break-after:avoid}
            caption{break-after:avoid}
            pre{font-size:7.5pt;padding:.3rem;break-inside:avoid}
            .table{overflow:visible}
            table{font-size:7.5pt}
            th,td{padding:.1rem .3rem}
            thead{display:table-header-group}
            tr{break-inside:avoid}
            .table.short{break-inside:avoid}
            .table.wide{page:wide}
            .table.wide table{font-size:6.8pt}
            .table.wide th,.table.wide td{padding:.1rem .15rem}
            figure{break-inside:avoid}
            details>summary{display:none}
            }
            """;

    private HtmlReport() {
    }

    /**
     * Writes {@value #FILE_NAME} into a directory, creating the directory if needed.
     *
     * @param title the page title, not null
     * @param sections the rendered sections, not null
     * @param dir the directory, not null
     * @return the file written, not null
     * @throws UncheckedIOException if writing fails
     */
    public static Path write(String title, List<RenderedSection> sections, Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE_NAME);
            Files.writeString(file, html(title, sections), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the HTML report into " + dir, e);
        }
    }

    /**
     * The page.
     *
     * @param title the page title, not null
     * @param sections the rendered sections, not null
     * @return the HTML text, not null
     */
    public static String html(String title, List<RenderedSection> sections) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n<nav><ol>\n");
        for (int i = 0; i < sections.size(); i++) {
            page.append("<li><a href=\"#s").append(i + 1).append("\">").append(escape(sections.get(i).title()))
                    .append("</a></li>\n");
        }
        page.append("</ol></nav>\n");
        for (int i = 0; i < sections.size(); i++) {
            RenderedSection s = sections.get(i);
            page.append("<section id=\"s").append(i + 1).append("\">\n<h2>").append(escape(s.title())).append("</h2>\n");
            for (Figure f : s.output().figures()) {
                Chart<?, ?> chart = f.chart().get();
                page.append("<figure><img alt=\"").append(escape(f.caption())).append("\" width=\"")
                        .append(chart.getWidth()).append("\" height=\"").append(chart.getHeight())
                        .append("\" src=\"data:image/png;base64,").append(ChartImages.pngBase64(chart))
                        .append("\"><figcaption>").append(escape(f.caption())).append("</figcaption></figure>\n");
            }
            for (ResultTable table : s.output().tables()) {
                String html = table.toHtml();
                if (s.title().equals(SummarySection.TITLE)) {
                    html = linked(html, sections);
                }
                page.append("<div class=\"table").append(table.rowCount() <= SHORT_TABLE_ROWS ? " short" : "")
                        .append(table.columns().size() > WIDE_TABLE_COLUMNS ? " wide" : "")
                        .append("\">").append(html).append("</div>\n");
            }
            for (String note : s.output().notes()) {
                page.append(note(note));
            }
            if (s.output().tables().isEmpty()) {
                page.append("<pre>").append(escape(s.output().text())).append("</pre>\n</section>\n");
            } else {
                page.append("<details><summary>As text</summary><pre>").append(escape(s.output().text()))
                        .append("</pre></details>\n</section>\n");
            }
        }
        return page.append("</body>\n</html>\n").toString();
    }

    /** A paragraph, or a list when every line starts with {@code "- "}. */
    private static String note(String note) {
        List<String> lines = note.lines().toList();
        if (!lines.isEmpty() && lines.stream().allMatch(l -> l.startsWith("- "))) {
            StringBuilder list = new StringBuilder("<ul>\n");
            for (String line : lines) {
                list.append("<li>").append(escape(line.substring(2))).append("</li>\n");
            }
            return list.append("</ul>\n").toString();
        }
        return "<p>" + escape(note) + "</p>\n";
    }

    /** The summary's cells that name a section, as links to it. */
    private static String linked(String html, List<RenderedSection> sections) {
        for (int i = 0; i < sections.size(); i++) {
            String cell = "<td>" + escape(sections.get(i).title()) + "</td>";
            html = html.replace(cell, "<td><a href=\"#s" + (i + 1) + "\">" + escape(sections.get(i).title()) + "</a></td>");
        }
        return html;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
