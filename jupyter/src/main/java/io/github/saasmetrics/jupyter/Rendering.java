package io.github.saasmetrics.jupyter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the values of one type show in a notebook: as {@code text/plain} and as one rich MIME type
 * ({@code text/html} for results, {@code image/png} for charts). The same for every kernel: the
 * kernels' renderers are registered from these.
 *
 * @param type the values' type, not null
 * @param mime the rich MIME type, not null
 * @param text the plain text of a value, not null
 * @param content the rich content of a value, not null
 * @param <T> the values' type
 */
record Rendering<T>(Class<T> type, String mime, Function<? super T, String> text,
        Function<? super T, String> content) {

    Rendering {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mime, "mime");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(content, "content");
    }

    /**
     * A result that shows as an HTML table, with its {@code toString()} as text.
     *
     * @param type the result type
     * @param html the result as HTML
     */
    static <T> Rendering<T> table(Class<T> type, Function<? super T, String> html) {
        return new Rendering<>(type, NotebookDisplay.HTML, String::valueOf, html);
    }

    /**
     * A result that prints its own Markdown: its HTML is that Markdown's.
     *
     * @param type the result type
     * @param markdown the result's Markdown
     */
    static <T> Rendering<T> markdown(Class<T> type, Function<? super T, String> markdown) {
        return table(type, value -> MarkdownHtml.html(markdown.apply(value)));
    }

    /**
     * What a value shows as: {@code text/plain} first, then the rich type.
     *
     * @param value the value, not null
     * @return MIME type to content, in that order, not null
     */
    Map<String, String> bundle(T value) {
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put(NotebookDisplay.TEXT, text.apply(value));
        bundle.put(mime, content.apply(value));
        return bundle;
    }

    /**
     * What a value shows as, if it is of this type.
     *
     * @param value the value, may be null
     * @return the bundle, or empty if the value is not of this type, not null
     */
    Optional<Map<String, String>> bundleIfInstance(Object value) {
        return type.isInstance(value) ? Optional.of(bundle(type.cast(value))) : Optional.empty();
    }
}
