package io.github.saasmetrics.retention;

import io.github.saasmetrics.stats.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A sum of exact ratios, such as the monthly churn rates that the {@link ChurnDenominator#DAILY_SUM}
 * formula adds up: {@code 3/100 + 4/97 + 3/93}.
 *
 * <p>A sum of fractions with different denominators is not one fraction of whole numbers a person
 * could check, so the terms are kept as they were counted and the value is derived. An undefined
 * term (a step with nobody at its start, where nobody could churn) contributes nothing; the sum is
 * undefined only when every term is.
 *
 * <p>Sums of disjoint customer groups over the same steps merge with {@link #plus(RatioSum)}, term
 * by term (each term pools with {@link Ratio#plus(Ratio)}).
 *
 * <p>Example: {@code 3/100 + 4/97 + 3/93} prints {@code 10.35% (3/100 + 4/97 + 3/93)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param terms the terms in order, not null, may be empty
 */
public record RatioSum(List<Ratio> terms) {

    /**
     * Validates and copies the terms.
     *
     * @throws NullPointerException if the list or a term is null
     */
    public RatioSum {
        terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
    }

    /**
     * Whether the sum has a value, that is, some term is defined.
     *
     * @return true if at least one term has a positive denominator
     */
    public boolean defined() {
        return terms.stream().anyMatch(Ratio::defined);
    }

    /**
     * The value: the sum of the defined terms' values, computed exactly and rounded once.
     *
     * @return the value, finite
     * @throws IllegalStateException if no term is defined
     */
    public double value() {
        return exact().doubleValue();
    }

    /**
     * The value in percent.
     *
     * @return {@code 100 × value()}, finite
     * @throws IllegalStateException if no term is defined
     */
    public double percent() {
        return exact().movePointRight(2).doubleValue();
    }

    private BigDecimal exact() {
        if (!defined()) {
            throw new IllegalStateException("sum of ratios is undefined: every term's denominator is 0");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Ratio t : terms) {
            if (t.defined()) {
                sum = sum.add(BigDecimal.valueOf(t.numerator()).divide(BigDecimal.valueOf(t.denominator()),
                        MathContext.DECIMAL128));
            }
        }
        return sum;
    }

    /**
     * Merges the sum of a disjoint group over the same steps, pooling term by term.
     *
     * @param other the other group's sum, not null, with as many terms
     * @return the pooled sum, not null
     * @throws IllegalArgumentException if the numbers of terms differ
     */
    public RatioSum plus(RatioSum other) {
        Objects.requireNonNull(other, "other");
        if (other.terms.size() != terms.size()) {
            throw new IllegalArgumentException("cannot merge sums of " + terms.size() + " and " + other.terms.size()
                    + " terms");
        }
        List<Ratio> merged = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            merged.add(terms.get(i).plus(other.terms.get(i)));
        }
        return new RatioSum(merged);
    }

    /**
     * A one-line summary such as {@code 10.35% (3/100 + 4/97 + 3/93)}, or
     * {@code undefined (0/0)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        String counts = "(" + terms.stream().map(t -> t.numerator() + "/" + t.denominator())
                .collect(Collectors.joining(" + ")) + ")";
        if (!defined()) {
            return "undefined " + counts;
        }
        return exact().movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "% " + counts;
    }
}
