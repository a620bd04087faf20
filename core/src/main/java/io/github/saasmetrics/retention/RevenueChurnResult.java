package io.github.saasmetrics.retention;

import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.Objects;

/**
 * MRR churn of a period: the MRR lost (and, net, won back) as a share of the MRR at its start.
 *
 * <pre>
 * gross MRR churn = (churn + contraction) / start
 * net MRR churn   = (churn + contraction − expansion − reactivation) / start
 * </pre>
 * Net MRR churn is negative when expansion and reactivation win ("negative churn"). Both are
 * ratios of minor units, so a person can check them against the bridge; both are undefined when
 * the start MRR is zero.
 *
 * <p>Worked example (the field guide): $100 at the start, $10 churn, $10 contraction, $10
 * expansion: gross (10 + 10) / 100 = 20 %, net (10 + 10 − 10) / 100 = 10 %.
 *
 * <p>Results of disjoint customer groups over the same period merge with {@link #plus(RevenueChurnResult)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the period, not null
 * @param start MRR at the start, zero or more, not null
 * @param churn MRR lost by customers who stopped paying, zero or more, not null
 * @param contraction MRR lost by customers who still pay, zero or more, not null
 * @param expansion MRR added by paying customers, zero or more, not null
 * @param reactivation MRR of returning customers, zero or more, not null
 */
public record RevenueChurnResult(ReportingPeriod period, Money start, Money churn, Money contraction, Money expansion,
        Money reactivation) {

    /**
     * Validates the amounts: one currency, none negative.
     *
     * @throws IllegalArgumentException if an amount is negative
     * @throws CurrencyMismatchException if the currencies differ
     */
    public RevenueChurnResult {
        Objects.requireNonNull(period, "period");
        Money[] all = {start, churn, contraction, expansion, reactivation};
        String[] names = {"start", "churn", "contraction", "expansion", "reactivation"};
        for (int i = 0; i < all.length; i++) {
            Objects.requireNonNull(all[i], names[i]);
            if (all[i].negative()) {
                throw new IllegalArgumentException(names[i] + " must not be negative but was " + all[i]);
            }
            if (!all[i].currency().equals(start.currency())) {
                throw new CurrencyMismatchException(start.currency(), all[i].currency(),
                        "revenue churn " + period + ", " + names[i]);
            }
        }
    }

    /**
     * Gross MRR churn: {@code (churn + contraction) / start}, in minor units.
     *
     * @return the ratio, from 0 up, undefined when the start is zero, not null
     */
    public Ratio gross() {
        return ratio(churn.plus(contraction));
    }

    /**
     * Net MRR churn: {@code (churn + contraction − expansion − reactivation) / start}, in minor units.
     *
     * @return the ratio, negative when expansion and reactivation exceed the losses, undefined when the
     *     start is zero, not null
     */
    public Ratio net() {
        return ratio(churn.plus(contraction).minus(expansion).minus(reactivation));
    }

    private Ratio ratio(Money numerator) {
        return start.zero() ? Ratio.UNDEFINED : Ratio.of(numerator.minorUnits(), start.minorUnits());
    }

    /**
     * Merges the result of a disjoint group of customers over the same period.
     *
     * @param other the other group's result, not null, same period and currency
     * @return the merged result, not null
     * @throws IllegalArgumentException if the periods differ
     */
    public RevenueChurnResult plus(RevenueChurnResult other) {
        Objects.requireNonNull(other, "other");
        if (!period.equals(other.period)) {
            throw new IllegalArgumentException("cannot merge revenue churn of " + period + " and " + other.period);
        }
        return new RevenueChurnResult(period, start.plus(other.start), churn.plus(other.churn),
                contraction.plus(other.contraction), expansion.plus(other.expansion),
                reactivation.plus(other.reactivation));
    }

    /**
     * A one-line summary such as {@code 2024-02: gross MRR churn 20.00% (USD 20.00 / USD 100.00), net 10.00%
     * (USD 10.00 / USD 100.00); start USD 100.00, churn 15.00, contraction 5.00, expansion 10.00, reactivation 0.00}:
     * the ratios with their amounts, money with thousands separators ({@link Figures}).
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return period + ": gross MRR churn " + Figures.moneyRatio(gross(), start.currency()) + ", net "
                + Figures.moneyRatio(net(), start.currency()) + "; start " + Figures.money(start) + ", churn "
                + Figures.amount(churn) + ", contraction " + Figures.amount(contraction) + ", expansion "
                + Figures.amount(expansion) + ", reactivation " + Figures.amount(reactivation);
    }
}
