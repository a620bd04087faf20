package io.github.saasmetrics.jupyter;

import static io.github.saasmetrics.jupyter.Rendering.markdown;
import static io.github.saasmetrics.jupyter.Rendering.table;

import io.github.saasmetrics.charts.ChartImages;
import io.github.saasmetrics.charts.SaasmetricsChart;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.retention.ChurnBenchmarkComparison;
import io.github.saasmetrics.retention.RevenueChurnResult;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.surveys.CsatScore;
import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import io.github.saasmetrics.table.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How saasmetrics results and charts show in a Jupyter notebook: results as HTML tables (with
 * their text kept as {@code text/plain}), charts drawn by {@code io.github.saasmetrics.charts.Charts}
 * (every {@link SaasmetricsChart}) as PNG images. Nothing else: a chart built with XChart directly,
 * or any other value, is left to the kernel.
 *
 * <p>What shows is plain data, {@link #render(Object)}: a map from MIME type to content, the same
 * whichever kernel draws it; HTML is well-formed XHTML, PNG images base64 text. The kernels'
 * renderers are registered from it: by {@link SaasmetricsExtension}, which JJava installs by itself,
 * and by {@link IJavaDisplay#install} for the older IJava kernel.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class NotebookDisplay {

    /** The MIME type of plain text, always shown. */
    public static final String TEXT = "text/plain";

    /** The MIME type of HTML tables. */
    public static final String HTML = "text/html";

    /** The MIME type of PNG images, base64-encoded. */
    public static final String PNG = "image/png";

    /** One-line results: their figures as a two-column table. */
    static final List<Rendering<?>> SUMMARIES = List.of(
            table(NpsScore.class, SummaryHtml::nps),
            table(CsatScore.class, SummaryHtml::csat),
            table(RevenueRetentionResult.class, SummaryHtml::revenueRetention),
            table(RevenueChurnResult.class, SummaryHtml::revenueChurn),
            table(MrrBridge.class, SummaryHtml::bridge),
            table(ChurnBenchmarkComparison.class, SummaryHtml::benchmark));

    /**
     * Text tables that results and reports build themselves ({@link TextTable}), shown as their
     * Markdown's HTML. Every result type that is a table is {@link Tabular} and shows through
     * {@link #TABLES}.
     */
    static final List<Rendering<?>> RESULTS = List.of(markdown(TextTable.class, TextTable::toMarkdown));

    /**
     * Results as their typed tables' HTML ({@code ResultTable.toHtml()}), the first
     * {@link TableHead#maxRows()} data rows of a long one with a footnote saying how many more.
     */
    static final List<Rendering<?>> TABLES = List.of(
            table(ResultTable.class, NotebookDisplay::tableHtml),
            table(Tabular.class, t -> tableHtml(t.toTable())));

    /** The library's charts, titled in text. */
    static final Rendering<SaasmetricsChart> CHARTS = new Rendering<>(SaasmetricsChart.class, PNG,
            chart -> chart.chart().getTitle(), chart -> ChartImages.pngBase64(chart.chart()));

    /** Everything that shows richly, in the order {@link #render} tries it. */
    static final List<Rendering<?>> ALL = all();

    private NotebookDisplay() {
    }

    /** A table's HTML in the {@code saasmetrics} block every result shows in, cut to its head. */
    static String tableHtml(ResultTable table) {
        return "<div class=\"saasmetrics\">" + TableHead.of(table, TableHead.maxRows()).toHtml() + "</div>";
    }

    private static List<Rendering<?>> all() {
        List<Rendering<?>> all = new ArrayList<>(SUMMARIES);
        all.addAll(RESULTS);
        all.addAll(TABLES);
        all.add(CHARTS);
        return List.copyOf(all);
    }

    /**
     * The types that show richly: the result types as HTML tables, {@link SaasmetricsChart} as
     * images. A kernel's renderer is registered for exactly these.
     *
     * @return the types, not null
     */
    public static List<Class<?>> types() {
        return ALL.stream().<Class<?>>map(Rendering::type).toList();
    }

    /**
     * What a value shows as: for a result, {@code text/plain} (its {@code toString()}) and
     * {@code text/html}; for a library chart, {@code text/plain} (its title) and {@code image/png};
     * for anything else, nothing (the kernel's plain text applies).
     *
     * @param value the value, may be null
     * @return MIME type to content, in that order, or empty, not null
     */
    public static Optional<Map<String, String>> render(Object value) {
        for (Rendering<?> rendering : ALL) {
            Optional<Map<String, String>> bundle = rendering.bundleIfInstance(value);
            if (bundle.isPresent()) {
                return bundle;
            }
        }
        return Optional.empty();
    }

    /**
     * A value as HTML, for results shown some other way (a cell's {@code display}, a file).
     *
     * @param value the value, may be null
     * @return the HTML, or empty if the value is not a result that shows as a table, not null
     */
    public static Optional<String> html(Object value) {
        return render(value).map(bundle -> bundle.get(HTML));
    }
}
