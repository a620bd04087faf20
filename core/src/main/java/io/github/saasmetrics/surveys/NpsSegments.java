package io.github.saasmetrics.surveys;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Net Promoter Scores broken down by one customer attribute, such as {@code plan}: one score per
 * attribute value, in the order of the values, plus the score of the responses whose customer has
 * no such attribute.
 *
 * <p>Every response is in exactly one row, so the {@link #total()} of the rows is the score of all
 * responses. Responses of customers without the attribute are not dropped: they form the
 * {@link #withoutAttribute()} row, shown as {@code (none)} when it has any responses. (Responses of
 * customers that are not known at all are rejected by {@link Nps#bySegment}; see there.)
 *
 * <p>Example: {@code toString()} prints
 * <pre>{@code
 * plan    responses  promoters  passives  detractors     NPS    SE            95% CI
 * basic           4      25.0%     25.0%       50.0%   -25.0  41.5    [-100.0, 56.3]
 * pro             3      66.7%     33.3%        0.0%    66.7  27.2     [13.3, 100.0]
 * (none)          1       0.0%      0.0%      100.0%  -100.0   0.0  [-100.0, -100.0]
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param attribute the customer attribute the rows are keyed by, not null, not blank
 * @param segments the rows, one per attribute value, sorted by value, values unique; not null
 * @param withoutAttribute the score of responses whose customer lacks the attribute, not null, possibly empty
 */
public record NpsSegments(String attribute, List<Segment> segments, NpsScore withoutAttribute) implements Tabular {

    /** The label of the row of customers without the attribute in tables. */
    public static final String NONE_LABEL = "(none)";

    /**
     * One row: an attribute value and the score of its customers' responses.
     *
     * @param value the attribute value, not null, not blank
     * @param score the score, not null
     */
    public record Segment(String value, NpsScore score) {

        /**
         * Validates the parts.
         *
         * @throws IllegalArgumentException if the value is blank
         */
        public Segment {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(score, "score");
            if (value.isBlank()) {
                throw new IllegalArgumentException("segment value must not be blank but was '" + Limits.quote(value) + "'");
            }
        }
    }

    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if the attribute is blank, or the values are not sorted and unique
     */
    public NpsSegments {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(withoutAttribute, "withoutAttribute");
        if (attribute.isBlank()) {
            throw new IllegalArgumentException("attribute must not be blank but was '" + Limits.quote(attribute) + "'");
        }
        segments = List.copyOf(segments);
        for (int i = 1; i < segments.size(); i++) {
            String previous = segments.get(i - 1).value();
            String value = segments.get(i).value();
            if (previous.compareTo(value) >= 0) {
                throw new IllegalArgumentException("segment values must be sorted and unique but '" + Limits.quote(previous)
                        + "' came before '" + Limits.quote(value) + "'");
            }
        }
    }

    /**
     * The score of one attribute value.
     *
     * @param value the attribute value, not null
     * @return the score, {@link NpsScore#EMPTY} if no response has that value; not null
     */
    public NpsScore score(String value) {
        Objects.requireNonNull(value, "value");
        for (Segment segment : segments) {
            if (segment.value().equals(value)) {
                return segment.score();
            }
        }
        return NpsScore.EMPTY;
    }

    /**
     * The score of every response, the segments and the customers without the attribute pooled.
     *
     * @return the pooled score, not null
     */
    public NpsScore total() {
        NpsScore total = withoutAttribute;
        for (Segment segment : segments) {
            total = total.plus(segment.score());
        }
        return total;
    }

    private List<Map.Entry<String, NpsScore>> rows() {
        List<Map.Entry<String, NpsScore>> rows = new ArrayList<>();
        for (Segment segment : segments) {
            rows.add(new AbstractMap.SimpleImmutableEntry<>(segment.value(), segment.score()));
        }
        if (withoutAttribute.defined()) {
            rows.add(new AbstractMap.SimpleImmutableEntry<>(NONE_LABEL, withoutAttribute));
        }
        return rows;
    }

    /**
     * The rows as a typed table titled {@code NPS by <attribute>}. Columns: the attribute (TEXT; the
     * last row {@code (none)} when some customers lack it), {@code responses} (COUNT),
     * {@code promoters}, {@code passives} and {@code detractors} (PERCENT, counts over responses),
     * {@code NPS} and {@code SE} (DECIMAL, 1 decimal), {@code 95% CI} (INTERVAL, 1 decimal, the Wald
     * interval); for weighted scores also the weighted shares (RATE) and a footnote.
     *
     * <p>Example: the row {@code pro} of the class example reads {@code pro, 3, 2/3, 1/3, 0/3, 66.7,
     * 27.2, [13.3, 100.0]}.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        List<Map.Entry<Object, NpsScore>> rows = new ArrayList<>();
        for (Map.Entry<String, NpsScore> row : rows()) {
            rows.add(new AbstractMap.SimpleImmutableEntry<>(row.getKey(), row.getValue()));
        }
        return NpsResultTable.of("NPS by " + attribute, Column.text(attribute), rows);
    }

    /**
     * The rows as a Markdown table, with the same columns as {@link #toString()}.
     *
     * @return the table, one line per row after the header, not null
     */
    public String toMarkdown() {
        return NpsTable.markdown(attribute, rows());
    }

    /**
     * An aligned text table: the attribute value, responses, shares of promoters, passives and
     * detractors, NPS, standard error and 95 % Wald interval; a last {@code (none)} row when some
     * customers lack the attribute.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        return NpsTable.text(attribute, rows());
    }
}
