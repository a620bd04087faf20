package io.github.saasmetrics.examples.sample;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.BillingInterval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The price list of the sample business: four tiers, each billed monthly, quarterly or yearly in
 * US dollars, euros or pounds.
 *
 * <table>
 *   <caption>Prices in USD (EUR and GBP are the USD price × 0.92 and × 0.79, rounded to whole units)</caption>
 *   <tr><th>tier</th><th>monthly</th><th>quarterly</th><th>annual</th></tr>
 *   <tr><td>starter</td><td>29</td><td>—</td><td>290</td></tr>
 *   <tr><td>team</td><td>99</td><td>282</td><td>990</td></tr>
 *   <tr><td>business</td><td>299</td><td>—</td><td>2,990</td></tr>
 *   <tr><td>enterprise</td><td>—</td><td>—</td><td>9,990</td></tr>
 * </table>
 *
 * <p>The plan identifier is the tier and the interval, such as {@code team-quarterly}. The price
 * is per unit (workspace); a subscription's quantity is the number of units.
 */
public enum Plan {
    /** For one person or a small team: $29 a month. */
    STARTER(2_900, 0, 29_000),
    /** For teams: $99 a month. */
    TEAM(9_900, 28_200, 99_000),
    /** For departments: $299 a month. */
    BUSINESS(29_900, 0, 299_000),
    /** For companies, billed yearly only: $9,990 a year. */
    ENTERPRISE(0, 0, 999_000);

    private final long monthlyCents;
    private final long quarterlyCents;
    private final long annualCents;

    Plan(long monthlyCents, long quarterlyCents, long annualCents) {
        this.monthlyCents = monthlyCents;
        this.quarterlyCents = quarterlyCents;
        this.annualCents = annualCents;
    }

    /**
     * The tier's name as it appears in plan identifiers and customer attributes.
     *
     * @return the name in lower case, such as {@code "team"}, not null
     */
    public String tier() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The billing intervals this tier is sold with.
     *
     * @return the intervals, not null, not empty
     */
    public List<BillingInterval> intervals() {
        List<BillingInterval> all = List.of(BillingInterval.monthly(), BillingInterval.quarterly(),
                BillingInterval.annual());
        return all.stream().filter(this::offers).toList();
    }

    /**
     * Whether the tier is sold with an interval.
     *
     * @param interval the interval, not null
     * @return true if the price list has a price for it
     */
    public boolean offers(BillingInterval interval) {
        return usdCents(interval) > 0;
    }

    /**
     * The plan identifier for an interval, such as {@code team-quarterly}.
     *
     * @param interval monthly, quarterly or annual, not null
     * @return the identifier, not null
     */
    public String planId(BillingInterval interval) {
        return tier() + "-" + intervalName(interval);
    }

    /**
     * The unit price per interval in a currency.
     *
     * @param interval an interval the tier offers, not null
     * @param currency USD, EUR or GBP, not null
     * @return the price, not null
     * @throws IllegalArgumentException if the tier is not sold with the interval or in the currency
     */
    public Money price(BillingInterval interval, Currency currency) {
        long usd = usdCents(interval);
        if (usd == 0) {
            throw new IllegalArgumentException(tier() + " is not sold with interval " + interval);
        }
        BigDecimal factor = switch (currency.getCurrencyCode()) {
            case "USD" -> BigDecimal.ONE;
            case "EUR" -> new BigDecimal("0.92");
            case "GBP" -> new BigDecimal("0.79");
            default -> throw new IllegalArgumentException("the sample price list has no prices in "
                    + currency.getCurrencyCode());
        };
        BigDecimal whole = BigDecimal.valueOf(usd, 2).multiply(factor).setScale(0, RoundingMode.HALF_EVEN);
        return Money.of(currency, whole);
    }

    private long usdCents(BillingInterval interval) {
        if (interval.equals(BillingInterval.monthly())) {
            return monthlyCents;
        }
        if (interval.equals(BillingInterval.quarterly())) {
            return quarterlyCents;
        }
        if (interval.equals(BillingInterval.annual())) {
            return annualCents;
        }
        return 0;
    }

    private static String intervalName(BillingInterval interval) {
        if (interval.equals(BillingInterval.monthly())) {
            return "monthly";
        }
        if (interval.equals(BillingInterval.quarterly())) {
            return "quarterly";
        }
        if (interval.equals(BillingInterval.annual())) {
            return "annual";
        }
        throw new IllegalArgumentException("the sample price list has no interval " + interval);
    }
}
