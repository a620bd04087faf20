package io.github.saasmetrics.spark;

import io.github.saasmetrics.surveys.CsatScore;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * CSAT broken down by one customer attribute, as core's {@code NpsSegments} is for NPS: one score
 * per attribute value, in the order of the values, plus the score of the answers whose customer has
 * no such attribute. Every answer is in exactly one of them.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param attribute the attribute, not blank
 * @param segments the score per value, sorted by value, not null
 * @param withoutAttribute the score of answers without the attribute, not null, possibly empty
 */
public record CsatSegments(String attribute, SortedMap<String, CsatScore> segments, CsatScore withoutAttribute) {

    /** Validates and copies the parts. */
    public CsatSegments {
        Objects.requireNonNull(attribute, "attribute");
        if (attribute.isBlank()) {
            throw new IllegalArgumentException("attribute must not be blank but was '" + attribute + "'");
        }
        segments = Collections.unmodifiableSortedMap(new TreeMap<>(segments));
        Objects.requireNonNull(withoutAttribute, "withoutAttribute");
    }

    /**
     * The score of every answer: the segments and the answers without the attribute pooled.
     *
     * @return the total, not null
     */
    public CsatScore total() {
        CsatScore total = withoutAttribute;
        for (CsatScore s : segments.values()) {
            total = total.plus(s);
        }
        return total;
    }
}
