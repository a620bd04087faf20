package io.github.saasmetrics.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * Writes rendered sections as one self-contained HTML page: each section's charts as SVG images
 * embedded in the page, then its text in a preformatted block. The page loads nothing from
 * elsewhere, so it can be mailed or archived as one file.
 */
public final class HtmlReport {

    /** The file name written into the report directory. */
    public static final String FILE_NAME = "report.html";

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
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;")
                .append("max-width:1180px;padding:0 1rem;color:#1f2933}\n")
                .append("h1{font-size:1.8rem}h2{font-size:1.3rem;margin-top:2.5rem;border-bottom:1px solid #d0d7de;")
                .append("padding-bottom:.3rem}\n")
                .append("pre{background:#f6f8fa;padding:.8rem;overflow-x:auto;font-size:.78rem;line-height:1.35}\n")
                .append("figure{margin:1rem 0}figure img{width:100%;height:auto}")
                .append("figcaption{color:#52606d;font-size:.9rem}\nnav li{margin:.2rem 0}\n")
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
                String svg = Charts.svg(f.chart().get());
                page.append("<figure><img alt=\"").append(escape(f.caption())).append("\" src=\"data:image/svg+xml;base64,")
                        .append(Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)))
                        .append("\"><figcaption>").append(escape(f.caption())).append("</figcaption></figure>\n");
            }
            page.append("<pre>").append(escape(s.output().text())).append("</pre>\n</section>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
