package io.github.saasmetrics.retention;

import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.ledger.ReactivationInRetention;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.Currency;
import java.util.Objects;

/**
 * Gross and net revenue retention of a period over the closed cohort of customers paying at its
 * start: the sums of their {@link RetentionContribution}s.
 *
 * <pre>
 * GRR = (start − contraction − churn) / start                                   never above 100 %
 * NRR = (start + expansion − contraction − churn [+ reactivation]) / start      NRR ≥ GRR
 * </pre>
 * Reactivation counts in NRR only when {@code reactivationInNrr} is {@link ReactivationInRetention#INCLUDED}. Both exclude FX (retention at
 * constant exchange rates) and every customer who was not paying at the start. The identity
 * {@code end = start + expansion − contraction − churn + reactivation + fx} holds exactly.
 *
 * <p>Worked example (the field guide): $100 at the start, $10 churn, $10 contraction, $10
 * expansion: GRR (100 − 10 − 10) / 100 = 80 %, NRR (100 + 10 − 10 − 10) / 100 = 90 %.
 *
 * <p>Results of disjoint customer groups over the same period, under the same option, merge with
 * {@link #plus(RevenueRetentionResult)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the period, not null
 * @param reactivationInNrr whether reactivation counts in NRR, not null
 * @param customers the customers paying at the start (the cohort), zero or more
 * @param expandedCustomers cohort customers with expansion, zero or more
 * @param contractedCustomers cohort customers with contraction, zero or more
 * @param churnedCustomers cohort customers who stopped paying at some month-end of the period, zero or more
 * @param reactivatedCustomers churned cohort customers paying again at the end, at most {@code churnedCustomers}
 * @param start the cohort's MRR at the start, zero or more, not null
 * @param expansion the cohort's expansion, zero or more, not null
 * @param contraction the cohort's contraction, zero or more, not null
 * @param churn the start MRR of churned cohort customers, zero or more, not null
 * @param reactivation the end MRR of reactivated cohort customers, zero or more, not null
 * @param fx the exchange-rate part of the change, any sign, not null
 * @param end the cohort's MRR at the end, zero or more, not null
 */
public record RevenueRetentionResult(ReportingPeriod period, ReactivationInRetention reactivationInNrr, long customers,
        long expandedCustomers, long contractedCustomers, long churnedCustomers, long reactivatedCustomers, Money start,
        Money expansion, Money contraction, Money churn, Money reactivation, Money fx, Money end) {

    /**
     * Validates the amounts, the counts and the identity.
     *
     * @throws IllegalArgumentException if a value is out of range or the identity fails
     * @throws CurrencyMismatchException if the currencies differ
     */
    public RevenueRetentionResult {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reactivationInNrr, "reactivationInNrr");
        Money[] all = {start, expansion, contraction, churn, reactivation, fx, end};
        String[] names = {"start", "expansion", "contraction", "churn", "reactivation", "fx", "end"};
        for (int i = 0; i < all.length; i++) {
            Objects.requireNonNull(all[i], names[i]);
            if (!all[i].currency().equals(start.currency())) {
                throw new CurrencyMismatchException(start.currency(), all[i].currency(),
                        "revenue retention " + period + ", " + names[i]);
            }
            if (i != 5 && all[i].negative()) {
                throw new IllegalArgumentException(names[i] + " of revenue retention " + period
                        + " must not be negative but was " + all[i]);
            }
        }
        long[] counts = {customers, expandedCustomers, contractedCustomers, churnedCustomers, reactivatedCustomers};
        String[] countNames = {"customers", "expandedCustomers", "contractedCustomers", "churnedCustomers",
            "reactivatedCustomers"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0 || counts[i] > customers) {
                throw new IllegalArgumentException(countNames[i] + " of revenue retention " + period + " must be 0 to "
                        + customers + " but was " + counts[i]);
            }
        }
        if (reactivatedCustomers > churnedCustomers) {
            throw new IllegalArgumentException("reactivatedCustomers (" + reactivatedCustomers
                    + ") must not exceed churnedCustomers (" + churnedCustomers + ")");
        }
        if (contraction.plus(churn).compareTo(start) > 0) {
            throw new IllegalArgumentException("contraction + churn of revenue retention " + period
                    + " must not exceed start " + start + " but was " + contraction.plus(churn));
        }
        Money expected = start.plus(expansion).minus(contraction).minus(churn).plus(reactivation).plus(fx);
        if (!expected.equals(end)) {
            throw new IllegalArgumentException("revenue retention " + period + " does not add up: start + expansion − "
                    + "contraction − churn + reactivation + fx = " + expected + " but end = " + end);
        }
    }

    /**
     * Gross revenue retention: {@code (start − contraction − churn) / start}, in minor units.
     *
     * @return the ratio, from 0 to 100 %, undefined when the start is zero, not null
     */
    public Ratio grr() {
        return ratio(start.minus(contraction).minus(churn));
    }

    /**
     * Net revenue retention: {@code (start + expansion − contraction − churn) / start}, plus
     * reactivation when it is {@link ReactivationInRetention#INCLUDED included}, in minor units.
     *
     * @return the ratio, 0 or more (above 100 % when expansion wins), undefined when the start is zero,
     *     not null
     */
    public Ratio nrr() {
        Money kept = start.plus(expansion).minus(contraction).minus(churn);
        return ratio(reactivationCounted() ? kept.plus(reactivation) : kept);
    }

    private Ratio ratio(Money numerator) {
        return start.zero() ? Ratio.UNDEFINED : Ratio.of(numerator.minorUnits(), start.minorUnits());
    }

    /**
     * Merges the result of a disjoint group of customers over the same period.
     *
     * @param other the other group's result, not null, same period, option and currency
     * @return the merged result, not null
     * @throws IllegalArgumentException if the periods or options differ
     * @throws CurrencyMismatchException if the currencies differ
     */
    public RevenueRetentionResult plus(RevenueRetentionResult other) {
        Objects.requireNonNull(other, "other");
        if (!period.equals(other.period) || reactivationInNrr != other.reactivationInNrr) {
            throw new IllegalArgumentException("cannot merge revenue retention of " + period + " (reactivation "
                    + (reactivationCounted() ? "counted" : "not counted") + ") and " + other.period + " (reactivation "
                    + (other.reactivationCounted() ? "counted" : "not counted") + ")");
        }
        return new RevenueRetentionResult(period, reactivationInNrr, Math.addExact(customers, other.customers),
                Math.addExact(expandedCustomers, other.expandedCustomers),
                Math.addExact(contractedCustomers, other.contractedCustomers),
                Math.addExact(churnedCustomers, other.churnedCustomers),
                Math.addExact(reactivatedCustomers, other.reactivatedCustomers), start.plus(other.start),
                expansion.plus(other.expansion), contraction.plus(other.contraction), churn.plus(other.churn),
                reactivation.plus(other.reactivation), fx.plus(other.fx), end.plus(other.end));
    }

    /**
     * A one-line summary such as {@code 2024-02: GRR 80.00% (USD 80.00 / USD 100.00), NRR 90.00% (USD 90.00 /
     * USD 100.00) over 4 customers; USD 100.00 + expansion 10.00 − contraction 10.00 − churn 10.00 = USD 90.00}:
     * the ratios with their amounts, money with thousands separators ({@link Figures}).
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        Currency currency = start.currency();
        return period + ": GRR " + Figures.moneyRatio(grr(), currency) + ", NRR " + Figures.moneyRatio(nrr(), currency)
                + " over " + customers + " customers; " + Figures.money(start) + " + expansion "
                + Figures.amount(expansion) + " − contraction " + Figures.amount(contraction) + " − churn "
                + Figures.amount(churn)
                + (reactivation.zero() ? "" : " + reactivation " + Figures.amount(reactivation)
                        + (reactivationCounted() ? "" : " (not in NRR)"))
                + (fx.zero() ? "" : Figures.term("fx", fx)) + " = " + Figures.money(end);
    }

    private boolean reactivationCounted() {
        return reactivationInNrr == ReactivationInRetention.INCLUDED;
    }
}
