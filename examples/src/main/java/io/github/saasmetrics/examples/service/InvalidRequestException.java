package io.github.saasmetrics.examples.service;

import java.util.Objects;

/**
 * A request that {@link MetricsService} cannot answer, with the place in the request that is wrong.
 *
 * <p>The place is a JSON Pointer (RFC 6901) into the request: {@code /currency}, {@code /rows/3},
 * {@code /rows/3/mrr}, or the empty string for the request as a whole. The message says what is
 * wrong and, where there is one, quotes the value; it never repeats the path. The service answers it
 * as {@code {"error": {"path": "/rows/3/mrr", "message": "…"}}}.
 *
 * <p>Instances are immutable; like every exception, not meant to be shared between threads while
 * being built.
 */
public final class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates the exception.
     *
     * @param path the JSON Pointer of the wrong part, {@code ""} for the whole request, not null
     * @param message what is wrong, not null, not empty
     * @param cause the library's exception, or null
     */
    public InvalidRequestException(String path, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.path = Objects.requireNonNull(path, "path");
        if (message.isEmpty()) {
            throw new IllegalArgumentException("message must not be empty");
        }
    }

    /**
     * Where in the request the problem is.
     *
     * @return a JSON Pointer such as {@code /rows/3/mrr}, or {@code ""} for the whole request; not null
     */
    public String path() {
        return path;
    }
}
