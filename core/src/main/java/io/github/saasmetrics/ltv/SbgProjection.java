package io.github.saasmetrics.ltv;

import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.DecimalCells;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;

import java.util.List;
import java.util.Objects;

/**
 * A cohort projected forward by a {@link ShiftedBetaGeometric} model, period by period.
 *
 * <p>Example: {@code ShiftedBetaGeometric.of(0.668, 3.806).projection(1000, 12)} expects 850.7
 * customers after period 1, 488.9 after period 7 and 378.0 after period 12, with retention rising
 * from 85.07 % to 95.68 %.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param cohortSize the cohort's size at period 0, at least 1
 * @param periods the projected periods 1, 2, …, not null, not empty; copied
 */
public record SbgProjection(long cohortSize, List<Period> periods) implements Tabular {

    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if the size is below 1, or the periods are empty or out of order
     */
    public SbgProjection {
        if (cohortSize < 1) {
            throw new IllegalArgumentException("cohortSize must be at least 1 but was " + cohortSize);
        }
        periods = List.copyOf(Objects.requireNonNull(periods, "periods"));
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("periods must not be empty");
        }
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).period() != i + 1) {
                throw new IllegalArgumentException("periods must be numbered 1, 2, … but entry " + i + " was period "
                        + periods.get(i).period());
            }
        }
    }

    /**
     * One projected period.
     *
     * @param period the period {@code t}, 1 or more
     * @param survival {@code S(t)}, the share of the cohort still active after the period, in {@code [0, 1]}
     * @param retention {@code r_t}, the share of those active before the period who stay, in {@code [0, 1]}
     * @param churnProbability {@code P(T = t)}, the share of the cohort lost in the period, in {@code [0, 1]}
     * @param expectedActive {@code N · S(t)}, the expected customers still active, zero or more
     */
    public record Period(int period, double survival, double retention, double churnProbability,
            double expectedActive) {

        /**
         * Validates the values.
         *
         * @throws IllegalArgumentException if a value is out of range
         */
        public Period {
            if (period < 1) {
                throw new IllegalArgumentException("period must be at least 1 but was " + period);
            }
            if (!(survival >= 0 && survival <= 1) || !(retention >= 0 && retention <= 1)
                    || !(churnProbability >= 0 && churnProbability <= 1) || !(expectedActive >= 0)
                    || !Double.isFinite(expectedActive)) {
                throw new IllegalArgumentException("period " + period + " has values out of range: survival " + survival
                        + ", retention " + retention + ", churn probability " + churnProbability + ", expected active "
                        + expectedActive);
            }
        }
    }

    /**
     * The projection as a typed table, titled {@code sBG projection of a cohort of N}. Columns:
     * {@code period} (COUNT), {@code survival}, {@code retention} and {@code churn probability}
     * (DECIMAL, 4 decimals), {@code expected active} (DECIMAL, 1 decimal).
     *
     * <p>Example: {@code ShiftedBetaGeometric.of(0.668, 3.806).projection(1000, 12)} reads
     * {@code 1, 0.8507, 0.8507, 0.1493, 850.7} in its first row.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        ResultTable.Builder table = ResultTable.builder("sBG projection of a cohort of " + cohortSize)
                .columns(Column.count("period"), Column.decimal("survival", 4), Column.decimal("retention", 4),
                        Column.decimal("churn probability", 4), Column.decimal("expected active", 1));
        for (Period p : periods) {
            table.row(p.period(), DecimalCells.of(p.survival()), DecimalCells.of(p.retention()),
                    DecimalCells.of(p.churnProbability()), DecimalCells.of(p.expectedActive()));
        }
        return table.build();
    }

    /**
     * A table of period, survival, retention, churn probability and expected active customers.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        return toTable().toText();
    }

    /**
     * The same table as Markdown.
     *
     * @return the Markdown table, not null
     */
    public String toMarkdown() {
        return toTable().toMarkdown();
    }
}
