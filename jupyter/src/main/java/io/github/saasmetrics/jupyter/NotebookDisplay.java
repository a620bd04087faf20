package io.github.saasmetrics.jupyter;

import io.github.saasmetrics.charts.ChartImages;
import io.github.saasmetrics.experiment.DifferenceInDifferences;
import io.github.saasmetrics.health.HealthPortfolio;
import io.github.saasmetrics.health.HealthValidation;
import io.github.saasmetrics.health.Playbook;
import io.github.saasmetrics.ltv.CohortLtv;
import io.github.saasmetrics.ltv.SbgProjection;
import io.github.saasmetrics.ltv.ShiftedBetaGeometricFit;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.surveys.CsatScore;
import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.surveys.NpsSegments;
import io.github.saasmetrics.surveys.NpsTrend;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.RevenueChurnResult;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.survival.SurvivalCurve;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * How saasmetrics results show in a Jupyter notebook: tables as HTML (with their text kept as
 * {@code text/plain}), charts from {@code io.github.saasmetrics.charts.Charts} as PNG images.
 *
 * <p>With the JJava kernel nothing is needed: adding this module with {@code %maven} loads
 * {@link SaasmetricsExtension}, which calls {@link #install(Object)}. With the older IJava kernel,
 * one call after the {@code %maven} lines does the same:
 * <pre>
 * io.github.saasmetrics.jupyter.NotebookDisplay.install(io.github.spencerpark.ijava.IJava.getKernelInstance());
 * </pre>
 * After it, a cell whose value is, say, an {@code MrrBridgeTable} shows an HTML table, and a cell
 * ending in {@code Charts.mrrBridge(monthly)} shows the chart.
 *
 * <p>What shows is plain data, {@link #render(Object)}: a map from MIME type to content, the same
 * whichever kernel draws it; HTML is well-formed XHTML, PNG images base64 text.
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

    /** How each result type renders as HTML, in registration order. */
    private static final Map<Class<?>, Function<Object, String>> TABLES = tables();

    /** The chart types, shown as images. */
    private static final List<Class<?>> CHARTS = List.of(CategoryChart.class, HeatMapChart.class, XYChart.class);

    private NotebookDisplay() {
    }

    private static Map<Class<?>, Function<Object, String>> tables() {
        Map<Class<?>, Function<Object, String>> tables = new LinkedHashMap<>();
        // Tables print their own Markdown, which turns into HTML one to one.
        for (Class<?> type : List.of(MrrBridgeTable.class, CohortTable.class, SurvivalCurve.class, ChurnResult.class,
                NpsTrend.class, NpsSegments.class, HealthPortfolio.class, HealthValidation.class, Playbook.class,
                DifferenceInDifferences.class, CohortLtv.class, ShiftedBetaGeometricFit.class, SbgProjection.class)) {
            tables.put(type, value -> MarkdownHtml.html(markdown(value)));
        }
        // One-line results show their figures as a two-column table.
        tables.put(NpsScore.class, value -> SummaryHtml.nps((NpsScore) value));
        tables.put(CsatScore.class, value -> SummaryHtml.csat((CsatScore) value));
        tables.put(RevenueRetentionResult.class, value -> SummaryHtml.revenueRetention((RevenueRetentionResult) value));
        tables.put(RevenueChurnResult.class, value -> SummaryHtml.revenueChurn((RevenueChurnResult) value));
        tables.put(MrrBridge.class, value -> SummaryHtml.bridge((MrrBridge) value));
        return tables;
    }

    private static String markdown(Object value) {
        try {
            return (String) value.getClass().getMethod("toMarkdown").invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(value.getClass().getName() + " has no toMarkdown()", e);
        }
    }

    /**
     * The types that show richly: the result types as HTML tables, the chart types as images.
     *
     * @return the types, not null
     */
    public static List<Class<?>> types() {
        List<Class<?>> types = new ArrayList<>(TABLES.keySet());
        types.addAll(CHARTS);
        return List.copyOf(types);
    }

    /**
     * What a value shows as: for a result, {@code text/plain} (its {@code toString()}) and
     * {@code text/html}; for a chart, {@code text/plain} (its title) and {@code image/png}; for
     * anything else, nothing (the kernel's plain text applies).
     *
     * @param value the value, may be null
     * @return MIME type to content, in that order, or empty, not null
     */
    public static Optional<Map<String, String>> render(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        Map<String, String> bundle = new LinkedHashMap<>();
        Function<Object, String> table = TABLES.get(value.getClass());
        if (table != null) {
            bundle.put(TEXT, value.toString());
            bundle.put(HTML, table.apply(value));
            return Optional.of(bundle);
        }
        if (value instanceof Chart<?, ?> chart && CHARTS.contains(value.getClass())) {
            bundle.put(TEXT, chart.getTitle());
            bundle.put(PNG, ChartImages.pngBase64(chart));
            return Optional.of(bundle);
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

    /**
     * Registers the renderers of every {@link #types() type} with a notebook kernel: a JJava
     * kernel ({@code org.dflib.jjava.jupyter.kernel.BaseKernel}) or an IJava one
     * ({@code io.github.spencerpark.jupyter.kernel.BaseKernel}). The two share one API in different
     * packages (JJava is IJava's successor), so the kernel is reached through that API's names.
     *
     * @param kernel the kernel instance, such as JJava's or IJava's {@code getKernelInstance()}, not null
     * @throws IllegalArgumentException if the object is not such a kernel
     */
    public static void install(Object kernel) {
        Objects.requireNonNull(kernel, "kernel");
        try {
            Object renderer = kernel.getClass().getMethod("getRenderer").invoke(kernel);
            Class<?> rendererType = publicType(renderer.getClass(), "createRegistration", Class.class);
            String display = rendererType.getPackageName();
            ClassLoader loader = rendererType.getClassLoader();
            Class<?> renderFunction = Class.forName(display + ".RenderFunction", false, loader);
            Class<?> mimeType = Class.forName(display + ".mime.MIMEType", false, loader);
            Method parse = mimeType.getMethod("parse", String.class);
            Method createRegistration = rendererType.getMethod("createRegistration", Class.class);
            for (Class<?> type : types()) {
                boolean chart = CHARTS.contains(type);
                String[] mimes = chart ? new String[] {PNG, TEXT} : new String[] {HTML, TEXT};
                Object registration = createRegistration.invoke(renderer, type);
                Class<?> registrationType = registration.getClass();
                registration = registrationType.getMethod("preferring", String[].class).invoke(registration,
                        (Object) mimes);
                registration = registrationType.getMethod("supporting", String[].class).invoke(registration,
                        (Object) mimes);
                Object function = Proxy.newProxyInstance(loader, new Class<?>[] {renderFunction},
                        (proxy, method, args) -> switch (method.getName()) {
                            case "render" -> {
                                renderInto(args[0], args[1], mimeType, parse);
                                yield null;
                            }
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            case "toString" -> "saasmetrics renderer of " + type.getSimpleName();
                            default -> throw new UnsupportedOperationException(method.getName());
                        });
                registrationType.getMethod("register", renderFunction).invoke(registration, function);
            }
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalArgumentException("not a JJava or IJava kernel: " + kernel.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the kernel refused a renderer: " + e.getCause(), e.getCause());
        }
    }

    /** Puts each MIME type the kernel asks for into its render context. */
    private static void renderInto(Object value, Object context, Class<?> mimeType, Method parse)
            throws ReflectiveOperationException {
        Optional<Map<String, String>> bundle = render(value);
        if (bundle.isEmpty()) {
            return;
        }
        Method renderIfRequested = publicType(context.getClass(), "renderIfRequested", mimeType, Supplier.class)
                .getMethod("renderIfRequested", mimeType, Supplier.class);
        for (Map.Entry<String, String> content : bundle.get().entrySet()) {
            Supplier<Object> data = content::getValue;
            renderIfRequested.invoke(context, parse.invoke(null, content.getKey()), data);
        }
    }

    /** The first public class up from a type that declares a method, so that it can be invoked. */
    private static Class<?> publicType(Class<?> type, String method, Class<?>... parameters)
            throws NoSuchMethodException {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            if (java.lang.reflect.Modifier.isPublic(t.getModifiers())) {
                try {
                    t.getMethod(method, parameters);
                    return t;
                } catch (NoSuchMethodException e) {
                    // Look further up.
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + method);
    }
}
