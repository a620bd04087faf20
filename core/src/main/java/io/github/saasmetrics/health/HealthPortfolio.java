package io.github.saasmetrics.health;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import io.github.saasmetrics.table.TextTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The book of business by health: customers and MRR per band, and the at-risk customers with the
 * most MRR, from health assessments joined with each customer's MRR.
 *
 * <p><b>The join.</b> {@link #of(Collection, Map)} takes one assessment per customer and a map from
 * customer to current MRR (an MRR snapshot of the ledger). Every assessed customer must have an
 * MRR, zero for one who pays nothing; an assessed customer missing from the map is an error, not a
 * silent zero. Customers in the map without an assessment are kept as <em>unassessed</em>, with
 * their MRR, so that revenue nobody is watching shows up in the totals. All amounts are in one
 * currency.
 *
 * <p><b>Shares</b> ({@link #customerShare(HealthBand)}, {@link #mrrShare(HealthBand)}) are of the
 * whole portfolio, unassessed customers included, so the three bands and the unassessed row add up
 * to 100 %. They are exact {@link Ratio}s of counts and of minor units, undefined for an empty
 * portfolio or one without MRR.
 *
 * <p><b>Top at risk.</b> {@link #topAtRisk(int)} lists the customers in the at-risk and critical
 * bands by MRR, largest first; equal MRR by lower score first, then by customer identifier.
 *
 * <p>Example: customers a (score 82, USD 1000), b (55, USD 600), c (30, USD 900) and an unassessed
 * d (USD 500): healthy 1 customer / USD 1000.00, at risk 1 / USD 600.00, critical 1 / USD 900.00,
 * unassessed 1 / USD 500.00; the top at-risk customers are c then b.
 *
 * <p>Portfolios of disjoint customer sets merge with {@link #plus(HealthPortfolio)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param currency the currency of every amount, not null
 * @param customers the assessed customers, sorted by identifier on construction, each once, not null
 * @param unassessed the customers with MRR but no assessment, sorted by identifier, not null
 * @param unassessedMrr their MRR, 0 or more, in {@code currency}, not null
 */
public record HealthPortfolio(Currency currency, List<PortfolioCustomer> customers, List<CustomerId> unassessed,
        Money unassessedMrr) implements Tabular {

    /**
     * Validates, sorts and copies the parts.
     *
     * @throws IllegalArgumentException if a customer appears twice, an amount is negative, or
     *     {@code unassessed} is empty while {@code unassessedMrr} is not zero
     * @throws CurrencyMismatchException if an amount is in another currency
     */
    public HealthPortfolio {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(unassessedMrr, "unassessedMrr");
        customers = customers.stream().sorted(Comparator.comparing(PortfolioCustomer::customer)).toList();
        unassessed = unassessed.stream().sorted().toList();
        Set<CustomerId> seen = new HashSet<>();
        for (PortfolioCustomer c : customers) {
            requireCurrency(currency, c.mrr());
            if (!seen.add(c.customer())) {
                throw new IllegalArgumentException("customer " + c.customer() + " appears twice in the portfolio");
            }
        }
        for (CustomerId id : unassessed) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("customer " + id + " appears twice in the portfolio");
            }
        }
        requireCurrency(currency, unassessedMrr);
        if (unassessedMrr.negative() || (unassessed.isEmpty() && !unassessedMrr.zero())) {
            throw new IllegalArgumentException("unassessedMrr must be 0 or more, and 0 without unassessed customers,"
                    + " but was " + unassessedMrr + " for " + unassessed.size() + " customers");
        }
    }

    /** {@code sum + amount}, or an exception naming the total and the customer whose MRR overflows it. */
    private static Money add(String total, Money sum, Money amount, Object customer) {
        try {
            return sum.plus(amount);
        } catch (ArithmeticException e) {
            ArithmeticException named = new ArithmeticException(total + " overflows a long of minor units at customer "
                    + customer + ": " + e.getMessage());
            named.initCause(e);
            throw named;
        }
    }

    private static void requireCurrency(Currency currency, Money amount) {
        if (!amount.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, amount.currency());
        }
    }

    /**
     * Joins assessments with each customer's MRR.
     *
     * @param assessments one assessment per customer, not null
     * @param mrr each customer's current MRR, not null, not empty (the portfolio's currency comes from it),
     *     every amount 0 or more and in one currency
     * @return the portfolio, not null
     * @throws IllegalArgumentException if a customer is assessed twice, an assessed customer has no MRR,
     *     an amount is negative, or the map is empty
     * @throws NullPointerException if an argument is null
     * @throws CurrencyMismatchException if the amounts are in more than one currency
     * @throws ArithmeticException if the MRR of the unassessed customers overflows a {@code long} of minor units
     *     (the message names the customer at which it does)
     */
    public static HealthPortfolio of(Collection<HealthAssessment> assessments, Map<CustomerId, Money> mrr) {
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(mrr, "mrr");
        if (mrr.isEmpty()) {
            throw new IllegalArgumentException("mrr must not be empty: the portfolio takes its currency from it");
        }
        TreeMap<CustomerId, Money> sorted = new TreeMap<>(mrr);
        Currency currency = sorted.firstEntry().getValue().currency();
        List<PortfolioCustomer> customers = new ArrayList<>();
        Set<CustomerId> assessed = new HashSet<>();
        for (HealthAssessment a : assessments) {
            if (!assessed.add(a.customer())) {
                throw new IllegalArgumentException("customer " + a.customer() + " is assessed twice");
            }
            Money amount = sorted.get(a.customer());
            if (amount == null) {
                throw new IllegalArgumentException("customer " + a.customer()
                        + " has an assessment but no MRR; give MRR zero to a customer who pays nothing");
            }
            customers.add(new PortfolioCustomer(a.customer(), a.score(), a.band(), amount));
        }
        List<CustomerId> unassessed = new ArrayList<>();
        Money unassessedMrr = Money.zero(currency);
        for (Map.Entry<CustomerId, Money> e : sorted.entrySet()) {
            if (!assessed.contains(e.getKey())) {
                if (e.getValue().negative()) {
                    throw new IllegalArgumentException("mrr of customer " + e.getKey() + " must not be negative but was "
                            + e.getValue());
                }
                unassessed.add(e.getKey());
                unassessedMrr = add("the unassessed MRR", unassessedMrr, e.getValue(), e.getKey());
            }
        }
        return new HealthPortfolio(currency, customers, unassessed, unassessedMrr);
    }

    /**
     * The customers and MRR of each band, healthy first.
     *
     * @return three summaries in {@link HealthBand} order, not null
     * @throws ArithmeticException if a band's MRR overflows a {@code long} of minor units
     */
    public List<BandSummary> bands() {
        List<BandSummary> rows = new ArrayList<>();
        for (HealthBand band : HealthBand.values()) {
            rows.add(band(band));
        }
        return rows;
    }

    /**
     * The customers and MRR of one band.
     *
     * @param band the band, not null
     * @return the summary, not null
     * @throws NullPointerException if the band is null
     * @throws ArithmeticException if the band's MRR overflows a {@code long} of minor units (the message names the
     *     customer at which it does)
     */
    public BandSummary band(HealthBand band) {
        Objects.requireNonNull(band, "band");
        long count = 0;
        Money sum = Money.zero(currency);
        for (PortfolioCustomer c : customers) {
            if (c.band() == band) {
                count++;
                sum = add("the MRR of band " + band, sum, c.mrr(), c.customer());
            }
        }
        return new BandSummary(band, count, sum);
    }

    /**
     * The MRR of every customer, assessed or not.
     *
     * @return the total MRR, not null
     * @throws ArithmeticException if the total overflows a {@code long} of minor units (the message names the
     *     customer at which it does)
     */
    public Money totalMrr() {
        Money sum = unassessedMrr;
        for (PortfolioCustomer c : customers) {
            sum = add("the total MRR", sum, c.mrr(), c.customer());
        }
        return sum;
    }

    /**
     * The number of customers, assessed or not.
     *
     * @return the count, 0 or more
     */
    public long totalCustomers() {
        return (long) customers.size() + unassessed.size();
    }

    /**
     * The band's share of all customers, unassessed included.
     *
     * @param band the band, not null
     * @return the ratio, undefined for an empty portfolio, not null
     */
    public Ratio customerShare(HealthBand band) {
        return Ratio.of(band(band).customers(), totalCustomers());
    }

    /**
     * The band's share of all MRR, unassessed included, as a ratio of minor units.
     *
     * @param band the band, not null
     * @return the ratio, undefined when the total MRR is zero, not null
     */
    public Ratio mrrShare(HealthBand band) {
        return Ratio.of(band(band).mrr().minorUnits(), totalMrr().minorUnits());
    }

    /**
     * The at-risk and critical customers with the most MRR: by MRR descending, then score ascending,
     * then customer identifier.
     *
     * @param n how many to return at most, 0 or more
     * @return up to {@code n} customers, not null
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public List<PortfolioCustomer> topAtRisk(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative but was " + n);
        }
        return customers.stream()
                .filter(c -> c.band() != HealthBand.HEALTHY)
                .sorted(Comparator.comparing(PortfolioCustomer::mrr).reversed()
                        .thenComparingDouble(PortfolioCustomer::score)
                        .thenComparing(PortfolioCustomer::customer))
                .limit(n)
                .toList();
    }

    /**
     * Merges two portfolios of disjoint customers, such as two customer ranges computed apart.
     *
     * @param other the other portfolio, not null, same currency, no customer in common
     * @return the merged portfolio, not null
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if a customer is in both
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException if the unassessed MRR of both overflows a {@code long} of minor units
     */
    public HealthPortfolio plus(HealthPortfolio other) {
        Objects.requireNonNull(other, "other");
        requireCurrency(currency, other.unassessedMrr);
        List<PortfolioCustomer> allCustomers = new ArrayList<>(customers);
        allCustomers.addAll(other.customers);
        List<CustomerId> allUnassessed = new ArrayList<>(unassessed);
        allUnassessed.addAll(other.unassessed);
        return new HealthPortfolio(currency, allCustomers, allUnassessed,
                add("the unassessed MRR of both portfolios", unassessedMrr, other.unassessedMrr, "(the other portfolio)"));
    }

    /**
     * Customers and MRR by band as a typed table titled {@code Health portfolio: customers and MRR
     * by band}: a row per band (healthy first), a row {@code unassessed}, and the total row.
     * Columns: {@code band} (TEXT), {@code customers} (COUNT), {@code share} (PERCENT, of all
     * customers), {@code MRR} (MONEY, in the portfolio's currency), {@code MRR share} (PERCENT, of
     * minor units of all MRR); the total row has no shares.
     *
     * <p>Example (the class example): {@code CRITICAL, 1, 1/4, USD 900.00, 90000/300000}.
     *
     * @return the table, not null
     * @throws ArithmeticException if a band's MRR or the total overflows a {@code long} of minor units
     */
    @Override
    public ResultTable toTable() {
        String code = currency.getCurrencyCode();
        Money total = totalMrr();
        long customers = totalCustomers();
        ResultTable.Builder table = ResultTable.builder("Health portfolio: customers and MRR by band")
                .columns(Column.text("band"), Column.count("customers"), Column.percent("share"),
                        Column.money("MRR", code), Column.percent("MRR share"));
        for (BandSummary row : bands()) {
            table.row(row.band().label(), row.customers(), Ratio.of(row.customers(), customers), row.mrr(),
                    Ratio.of(row.mrr().minorUnits(), total.minorUnits()));
        }
        return table.row("unassessed", (long) unassessed.size(), Ratio.of(unassessed.size(), customers), unassessedMrr,
                        Ratio.of(unassessedMrr.minorUnits(), total.minorUnits()))
                .total(null, customers, null, total, null)
                .build();
    }

    /**
     * Customers and MRR by band as an aligned table, with the unassessed customers and the total.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        return table().toText();
    }

    /**
     * The same table in Markdown.
     *
     * @return the Markdown table, not null
     */
    public String toMarkdown() {
        return table().toMarkdown();
    }

    private TextTable table() {
        TextTable.Builder table = TextTable.builder("band", ">customers", ">share", ">MRR", ">MRR share");
        for (BandSummary row : bands()) {
            table.row(row.band().label(), Long.toString(row.customers()), share(customerShare(row.band())),
                    Figures.money(row.mrr()), share(mrrShare(row.band())));
        }
        table.row("unassessed", Integer.toString(unassessed.size()), share(Ratio.of(unassessed.size(), totalCustomers())),
                Figures.money(unassessedMrr), share(Ratio.of(unassessedMrr.minorUnits(), totalMrr().minorUnits())));
        table.row("total", Long.toString(totalCustomers()), "", Figures.money(totalMrr()), "");
        return table.build();
    }

    private static String share(Ratio ratio) {
        return ratio.defined() ? Figures.fixedPercent(ratio.value()) : Figures.UNDEFINED;
    }
}
