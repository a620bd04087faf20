package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.JoinAndChurn;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The counts behind a period's customer churn rate, from which every {@link ChurnDenominator} is
 * derived: see {@link CustomerChurn} for how each count is taken from the ledger.
 *
 * <p>Churn is counted per <em>event</em>: a customer who stops paying, returns and stops again inside
 * the period churned twice ({@code churnEvents} 2, {@code churnedCustomers} 1). When
 * {@code joinAndChurn} is {@link JoinAndChurn#EXCLUDED}, customers who joined and left inside the period are left out
 * of every count (numerators and denominators alike) except {@code joinAndChurnCustomers}, which
 * always says how many there were.
 *
 * <p>Results of disjoint customer groups over the same period, under the same option, merge with
 * {@link #plus(ChurnResult)}: every count adds and the monthly steps pool.
 *
 * <p>Worked example (ChartMogul's B2B formula): 100 customers pay at the start of a month, 10 of
 * them stop, and one customer joins and leaves inside it. Counted: 11 churn events, {@code START}
 * rate 11/100 = 11 %; left out (the {@code chartMogul()} preset): 10/100 = 10 %.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the period, whole months, not null
 * @param joinAndChurn whether customers who joined and left inside the period are counted, not null
 * @param customersAtStart {@code S}: customers paying at the end of the month before the period, zero or more
 * @param customersAtEnd {@code E}: customers paying at the end of its last month, zero or more
 * @param retainedCustomers customers paying at both the start and the end, at most {@code S} and {@code E}
 * @param joinedCustomers {@code N}: customers not paying at the start who paid at some time during the period,
 *     zero or more
 * @param churnEvents {@code C}: changes from paying to not paying at a month-end of the period, plus joins and
 *     leaves inside one month, zero or more
 * @param churnedCustomers customers with at least one churn event, at most {@code churnEvents}
 * @param joinAndChurnCustomers customers who paid during the period but at neither its start nor its end,
 *     counted or not, zero or more
 * @param exposureHalfDays time exposed to churn in half customer-days (see {@link CustomerChurn}), zero or more
 * @param monthlyChurn one term per month of the period: churned in the month / paying at its start, not null
 */
public record ChurnResult(ReportingPeriod period, JoinAndChurn joinAndChurn, long customersAtStart,
        long customersAtEnd, long retainedCustomers, long joinedCustomers, long churnEvents, long churnedCustomers,
        long joinAndChurnCustomers, long exposureHalfDays, RatioSum monthlyChurn) implements Tabular {

    /** Sums of more terms than this print their terms below the table, not in it. */
    private static final int INLINE_TERMS = 3;

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative or the counts contradict each other
     */
    public ChurnResult {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(joinAndChurn, "joinAndChurn");
        Objects.requireNonNull(monthlyChurn, "monthlyChurn");
        if (!period.wholeMonths()) {
            throw new IllegalArgumentException("period must be whole months but was " + period);
        }
        long[] counts = {customersAtStart, customersAtEnd, retainedCustomers, joinedCustomers, churnEvents,
            churnedCustomers, joinAndChurnCustomers, exposureHalfDays};
        String[] names = {"customersAtStart", "customersAtEnd", "retainedCustomers", "joinedCustomers", "churnEvents",
            "churnedCustomers", "joinAndChurnCustomers", "exposureHalfDays"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException(names[i] + " must not be negative but was " + counts[i]);
            }
        }
        if (retainedCustomers > Math.min(customersAtStart, customersAtEnd)) {
            throw new IllegalArgumentException("retainedCustomers (" + retainedCustomers
                    + ") must not exceed customersAtStart (" + customersAtStart + ") or customersAtEnd ("
                    + customersAtEnd + ")");
        }
        if (churnedCustomers > churnEvents) {
            throw new IllegalArgumentException("churnedCustomers (" + churnedCustomers + ") must not exceed churnEvents ("
                    + churnEvents + ")");
        }
        if (monthlyChurn.terms().size() != period.monthCount()) {
            throw new IllegalArgumentException("monthlyChurn must have one term per month of " + period + " but had "
                    + monthlyChurn.terms().size());
        }
    }

    /**
     * The churn rate over customers at the start, {@code C / S}.
     *
     * @return the ratio, undefined when nobody paid at the start, not null
     */
    public Ratio rate() {
        return rate(ChurnDenominator.START);
    }

    /**
     * The churn rate with a denominator.
     *
     * <p>{@code START}: {@code C / S}. {@code START_PLUS_NEW}: {@code C / (S + N)}. {@code AVERAGE}:
     * {@code 2C / (S + E)} (both sides doubled so that the mean stays a whole number).
     * {@code CUSTOMER_DAYS}: {@code 2C × D / exposureHalfDays}, the events per customer-day
     * exposed times the {@code D} days of the period (both sides doubled, as exposure is in half
     * days). A zero denominator gives an undefined ratio, whatever the numerator.
     *
     * @param denominator the denominator, not null, not {@code DAILY_SUM} (a sum of ratios: see {@link #dailySum()})
     * @return the ratio, not null
     * @throws IllegalArgumentException for {@code DAILY_SUM}
     */
    public Ratio rate(ChurnDenominator denominator) {
        Objects.requireNonNull(denominator, "denominator");
        return switch (denominator) {
            case START -> ratio(churnEvents, customersAtStart);
            case START_PLUS_NEW -> ratio(churnEvents, Math.addExact(customersAtStart, joinedCustomers));
            case AVERAGE -> ratio(Math.multiplyExact(2, churnEvents), Math.addExact(customersAtStart, customersAtEnd));
            case CUSTOMER_DAYS -> ratio(Math.multiplyExact(Math.multiplyExact(2, churnEvents), period.lengthInDays()),
                    exposureHalfDays);
            case DAILY_SUM -> throw new IllegalArgumentException("the DAILY_SUM churn rate is a sum of monthly ratios, "
                    + "not one ratio: use dailySum()");
        };
    }

    /**
     * The {@link ChurnDenominator#DAILY_SUM} rate: the sum of the monthly steps.
     *
     * @return the sum, undefined when no month had a paying customer at its start, not null
     */
    public RatioSum dailySum() {
        return monthlyChurn;
    }

    /**
     * The value of the churn rate with any denominator.
     *
     * @param denominator the denominator, not null
     * @return the rate, finite
     * @throws IllegalStateException if the rate is undefined
     */
    public double value(ChurnDenominator denominator) {
        return denominator == ChurnDenominator.DAILY_SUM ? monthlyChurn.value() : rate(denominator).value();
    }

    /**
     * Customer retention from the ledger: customers paying at both the start and the end, over the
     * customers at the start.
     *
     * @return the ratio, undefined when nobody paid at the start, not null
     */
    public Ratio retention() {
        return ratio(retainedCustomers, customersAtStart);
    }

    /**
     * The exposure in customer-days, {@code exposureHalfDays / 2}.
     *
     * @return the customer-days, not null
     */
    public BigDecimal customerDays() {
        return BigDecimal.valueOf(exposureHalfDays, 0).divide(BigDecimal.valueOf(2));
    }

    private static Ratio ratio(long numerator, long denominator) {
        return denominator == 0 ? Ratio.UNDEFINED : Ratio.of(numerator, denominator);
    }

    /**
     * Merges the result of a disjoint group of customers over the same period.
     *
     * @param other the other group's result, not null, same period and option
     * @return the merged result, not null
     * @throws IllegalArgumentException if the periods or options differ
     */
    public ChurnResult plus(ChurnResult other) {
        Objects.requireNonNull(other, "other");
        if (!period.equals(other.period) || joinAndChurn != other.joinAndChurn) {
            throw new IllegalArgumentException("cannot merge churn results of " + period + " (join-and-churn "
                    + (joinAndChurn == JoinAndChurn.COUNTED ? "counted" : "left out") + ") and " + other.period + " (join-and-churn "
                    + (other.joinAndChurn == JoinAndChurn.COUNTED ? "counted" : "left out") + ")");
        }
        return new ChurnResult(period, joinAndChurn, Math.addExact(customersAtStart, other.customersAtStart),
                Math.addExact(customersAtEnd, other.customersAtEnd),
                Math.addExact(retainedCustomers, other.retainedCustomers),
                Math.addExact(joinedCustomers, other.joinedCustomers), Math.addExact(churnEvents, other.churnEvents),
                Math.addExact(churnedCustomers, other.churnedCustomers),
                Math.addExact(joinAndChurnCustomers, other.joinAndChurnCustomers),
                Math.addExact(exposureHalfDays, other.exposureHalfDays), monthlyChurn.plus(other.monthlyChurn));
    }

    private TextTable table() {
        TextTable.Builder t = TextTable.builder("denominator", "rate", "counted");
        for (ChurnDenominator d : ChurnDenominator.values()) {
            String text = d == ChurnDenominator.DAILY_SUM ? monthlyChurn.toString() : rate(d).toString();
            int open = text.indexOf(" (");
            String counted = text.substring(open + 2, text.length() - 1);
            if (d == ChurnDenominator.DAILY_SUM && monthlyChurn.terms().size() > INLINE_TERMS) {
                counted = "sum of " + monthlyChurn.terms().size() + " monthly ratios";
            }
            t.row(d.label(), text.substring(0, open), counted);
        }
        return t.build();
    }

    private String terms() {
        if (monthlyChurn.terms().size() <= INLINE_TERMS) {
            return "";
        }
        String text = monthlyChurn.toString();
        return "monthly ratios: " + text.substring(text.indexOf(" (") + 2, text.length() - 1);
    }

    private String summary() {
        return "customer churn " + period + ": " + Figures.grouped(customersAtStart) + " at start, "
                + Figures.grouped(customersAtEnd) + " at end, " + Figures.grouped(retainedCustomers) + " retained, "
                + Figures.grouped(joinedCustomers) + " customers joined (new or returning), "
                + Figures.grouped(churnEvents) + " churn events by " + Figures.grouped(churnedCustomers) + " customers, "
                + Figures.grouped(customerDays()) + " customer-days; "
                + Figures.grouped(joinAndChurnCustomers) + " joined and churned inside the period ("
                + (joinAndChurn == JoinAndChurn.COUNTED ? "counted" : "left out") + ")";
    }

    /**
     * The rate under every denominator as a typed table: {@code denominator} (text: the
     * {@link ChurnDenominator#label() label}), {@code rate} ({@link Ratio}, a percentage), and the ratio's
     * {@code numerator} and {@code base} ({@link Long}), one row each for {@code START},
     * {@code START_PLUS_NEW}, {@code AVERAGE} and {@code CUSTOMER_DAYS}; then, as the group
     * {@code sum of monthly rates} ({@code DAILY_SUM}), one row per month of the period with that month's
     * ratio (its {@code denominator} cell is the month), since a sum of ratios is not one ratio. The
     * footnotes give the counts' summary and the {@code DAILY_SUM} rate. Titled
     * {@code Customer churn by denominator, 2024-Q2}.
     *
     * <p>Example: {@code result.toTable().value(0, "rate")} is {@code rate(ChurnDenominator.START)}, such
     * as {@code 150.00% (6/4)}.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        ResultTable.Builder t = ResultTable.builder("Customer churn by denominator, " + period).columns(
                Column.text("denominator"), Column.percent("rate"), Column.count("numerator"), Column.count("base"));
        for (ChurnDenominator d : ChurnDenominator.values()) {
            if (d != ChurnDenominator.DAILY_SUM) {
                row(t, d.label(), rate(d));
            }
        }
        t.group(ChurnDenominator.DAILY_SUM.label());
        for (int i = 0; i < monthlyChurn.terms().size(); i++) {
            row(t, period.months().get(i).toString(), monthlyChurn.terms().get(i));
        }
        String sum = monthlyChurn.toString();
        return t.footnote(summary()).footnote(ChurnDenominator.DAILY_SUM.label() + ": "
                + sum.substring(0, sum.indexOf(" (")) + " (daily sum)").build();
    }

    /** A rate's row; an undefined rate has neither numerator nor base. */
    private static void row(ResultTable.Builder t, String name, Ratio r) {
        t.row(name, r, r.defined() ? r.numerator() : null, r.defined() ? r.denominator() : null);
    }

    /**
     * The rate under every denominator, as Markdown, after a one-line summary of the counts.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        String terms = terms();
        return summary() + "\n\n" + table().toMarkdown() + "\n" + (terms.isEmpty() ? "" : "\n" + terms + "\n");
    }

    /**
     * A one-line summary of the counts followed by the rate under every denominator.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String terms = terms();
        return summary() + "\n" + table().toText() + (terms.isEmpty() ? "" : "\n" + terms);
    }
}
