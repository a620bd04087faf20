package io.github.saasmetrics.cohort;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The cohort table: customers grouped by the month (or quarter, or year) of their first payment,
 * followed at ages {@code 0..k} since each one's own first paid month.
 *
 * <p><b>Cells.</b> For a cohort and an age, the customers paying (MRR above zero at the end of the
 * month that age falls on), their MRR, and their MRR each capped at what the same customer paid at
 * age 0 (see {@link CohortRow} for the rates). A customer who stopped and came back counts again
 * once paying: a cell says who pays at that age, not who paid without a break. Age 0 is the first
 * paid month itself, so a customer who joined and left inside that month (paid only between two
 * month-ends) is in the cohort's size but not among those paying at age 0.
 *
 * <p><b>The triangle.</b> A cell exists only when the ledger reaches that age for every customer of
 * the cohort: the cohort's last month plus the age is not after the ledger's last month. Later cells
 * are absent, not zero, and print blank.
 *
 * <p><b>Customers left out, and counted.</b> A customer whose first payment precedes the ledger's
 * first month (the ledger says so with a negative first-paid index), or falls in a quarter or year
 * that began before it, cannot be placed in a whole cohort; such customers are counted in
 * {@code customersBeforeLedger}, and customers without any payment in {@code customersNeverPaid}.
 * Only cohorts with at least one customer are listed. The table trusts the ledger's first paid
 * month: a ledger built from rows alone takes each customer's first row as its first payment, so
 * when the rows are a window of a longer history, give earlier first payments to the builder
 * ({@code MrrLedgerBuilder.firstPaid}), or customers who paid before the window fill its first cohort.
 *
 * <p><b>Average curves.</b> Across cohorts, weighted by what each ratio counts: logo retention at
 * age {@code k} is {@code Σ paying at k / Σ size} over the cohorts observed at {@code k}
 * (customer-weighted); revenue retention likewise pools MRR over age-0 MRR.
 *
 * <p><b>Merging.</b> Tables of disjoint customers of the same ledger months merge with
 * {@link #plus(CohortTable)}: cohort sizes, cell counts and amounts add, and a sum that overflows a
 * {@code long} throws an {@link ArithmeticException} naming the cohort and the age. One pass over
 * the ledger's customers builds a table ({@link #fold(CohortGrouping)}), on one thread or on
 * customer slices in parallel ({@code ledger.fold(CohortTable.fold(grouping), slices, executor)}).
 *
 * <p>Worked example: January has 2 new customers at $10 and $20; in February the first leaves and
 * the second grows to $30; March has 1 new customer at $5. With the ledger ending in March, the
 * January cohort has ages 0 to 2 (logo retention 100 %, 50 %, 50 %; NRR 100 %, 100 %, 100 %; GRR
 * 100 %, 66.7 %, 66.7 %), the March cohort age 0 only.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param grouping how customers are grouped and ages counted, not null
 * @param ledgerMonths the months of the ledger the table was built from, opening month included, not null
 * @param cohorts the cohorts with at least one customer, in order, not null
 * @param customersBeforeLedger customers whose cohort begins before the ledger, zero or more
 * @param customersNeverPaid customers without any payment, zero or more
 */
public record CohortTable(CohortGrouping grouping, ReportingPeriod ledgerMonths, List<CohortRow> cohorts,
        long customersBeforeLedger, long customersNeverPaid) implements Tabular {

    /**
     * Validates the table.
     *
     * @throws IllegalArgumentException if a cohort is not a period of the grouping, cohorts are out of
     *     order or repeated, a cohort's observed ages do not match the ledger's months, or a count is negative
     */
    public CohortTable {
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(ledgerMonths, "ledgerMonths");
        cohorts = List.copyOf(Objects.requireNonNull(cohorts, "cohorts"));
        if (!ledgerMonths.wholeMonths()) {
            throw new IllegalArgumentException("ledgerMonths must be whole months but was " + ledgerMonths);
        }
        if (customersBeforeLedger < 0 || customersNeverPaid < 0) {
            throw new IllegalArgumentException("customersBeforeLedger and customersNeverPaid must not be negative but were "
                    + customersBeforeLedger + " and " + customersNeverPaid);
        }
        ReportingPeriod previous = null;
        for (CohortRow row : cohorts) {
            ReportingPeriod p = row.cohort();
            if (!grouping.periodOf(p.firstMonth()).equals(p)) {
                throw new IllegalArgumentException("cohort " + p + " is not a " + grouping.name().toLowerCase(
                        java.util.Locale.ROOT));
            }
            if (previous != null && p.compareTo(previous) <= 0) {
                throw new IllegalArgumentException("cohorts must be in increasing order but " + p + " follows " + previous);
            }
            String span = ledgerMonths.firstMonth() + ".." + ledgerMonths.lastMonth();
            if (p.firstMonth().isBefore(ledgerMonths.firstMonth()) || p.firstMonth().isAfter(ledgerMonths.lastMonth())) {
                throw new IllegalArgumentException("cohort " + p + " begins outside the ledger's months " + span);
            }
            int ages = observedAges(grouping, p.lastMonth(), ledgerMonths.lastMonth());
            if (row.cells().size() != ages) {
                throw new IllegalArgumentException("cohort " + p + " must have " + ages + " observed ages in the months "
                        + span + " but had " + row.cells().size());
            }
            previous = p;
        }
    }

    private static int observedAges(CohortGrouping grouping, YearMonth cohortLast, YearMonth ledgerLast) {
        long months = cohortLast.until(ledgerLast, java.time.temporal.ChronoUnit.MONTHS);
        return months < 0 ? 0 : (int) (months / grouping.months()) + 1;
    }

    /**
     * The monthly cohort table of a ledger.
     *
     * @param ledger the ledger, not null
     * @return the table, not null; without cohorts for a ledger without customers
     */
    public static CohortTable of(MrrLedger ledger) {
        return of(ledger, CohortGrouping.MONTH);
    }

    /**
     * The cohort table of a ledger by month, quarter or year.
     *
     * @param ledger the ledger, not null
     * @param grouping the grouping, not null
     * @return the table, not null
     */
    public static CohortTable of(MrrLedger ledger, CohortGrouping grouping) {
        return Objects.requireNonNull(ledger, "ledger").fold(fold(grouping));
    }

    /**
     * The cohort table of one segment of a ledger's customers.
     *
     * <p>Example: {@code CohortTable.of(ledger, CohortGrouping.MONTH, id -> plan.get(id).equals("pro"))}.
     *
     * @param ledger the ledger, not null
     * @param grouping the grouping, not null
     * @param segment the customers to include, not null; others are in no count at all
     * @return the table, not null
     */
    public static CohortTable of(MrrLedger ledger, CohortGrouping grouping, Predicate<CustomerId> segment) {
        return Objects.requireNonNull(ledger, "ledger").fold(fold(grouping, segment));
    }

    /**
     * {@link #of(MrrLedger, CohortGrouping)} as a {@link LedgerFold}, to run in parallel
     * ({@code ledger.fold(fold, slices, executor)}) or with other metrics in one scan.
     *
     * @param grouping the grouping, not null
     * @return the fold, not null
     */
    public static LedgerFold<?, CohortTable> fold(CohortGrouping grouping) {
        Objects.requireNonNull(grouping, "grouping");
        return LedgerFold.of(foldName(grouping, ""), ledger -> new CohortCells(ledger, grouping, null));
    }

    /**
     * {@link #of(MrrLedger, CohortGrouping, Predicate)} as a {@link LedgerFold}.
     *
     * @param grouping the grouping, not null
     * @param segment the customers to include, not null, thread-safe when the fold runs on slices;
     *     others are in no count at all
     * @return the fold, not null
     */
    public static LedgerFold<?, CohortTable> fold(CohortGrouping grouping, Predicate<CustomerId> segment) {
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(segment, "segment");
        return LedgerFold.of(foldName(grouping, " of a segment"), ledger -> new CohortCells(ledger, grouping, segment));
    }

    private static String foldName(CohortGrouping grouping, String segment) {
        return "cohort table by " + grouping.name().toLowerCase(Locale.ROOT) + segment;
    }

    /**
     * The cohort of a period.
     *
     * @param cohort the month, quarter or year, not null
     * @return the row, empty if no customer first paid in it
     */
    public java.util.Optional<CohortRow> cohort(ReportingPeriod cohort) {
        Objects.requireNonNull(cohort, "cohort");
        return cohorts.stream().filter(r -> r.cohort().equals(cohort)).findFirst();
    }

    /**
     * The customer-weighted average logo retention by age: at age {@code k},
     * {@code Σ paying at k / Σ size} over the cohorts observed at {@code k}.
     *
     * @return one ratio per age from 0 to the oldest observed, not null
     */
    public List<Ratio> averageLogoRetention() {
        return average(CohortRow::logoRetention);
    }

    /**
     * The MRR-weighted average net revenue retention by age: at age {@code k},
     * {@code Σ MRR at k / Σ MRR at age 0} over the cohorts observed at {@code k} whose age-0 MRR is
     * above zero.
     *
     * @return one ratio per age from 0 to the oldest observed, not null
     */
    public List<Ratio> averageNetRevenueRetention() {
        return average(CohortRow::netRevenueRetention);
    }

    /**
     * The MRR-weighted average gross revenue retention by age: at age {@code k},
     * {@code Σ retained MRR at k / Σ MRR at age 0} over the cohorts observed at {@code k} whose age-0
     * MRR is above zero.
     *
     * @return one ratio per age from 0 to the oldest observed, not null
     */
    public List<Ratio> averageGrossRevenueRetention() {
        return average(CohortRow::grossRevenueRetention);
    }

    /** Pools, age by age, the defined ratios of the cohorts observed at that age. */
    private List<Ratio> average(java.util.function.BiFunction<CohortRow, Integer, java.util.Optional<Ratio>> rate) {
        int oldest = cohorts.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<Ratio> out = new ArrayList<>(oldest);
        for (int k = 0; k < oldest; k++) {
            Ratio sum = Ratio.UNDEFINED;
            for (CohortRow r : cohorts) {
                Ratio one = rate.apply(r, k).orElse(Ratio.UNDEFINED);
                if (one.defined()) {
                    sum = sum.plus(one);
                }
            }
            out.add(sum);
        }
        return List.copyOf(out);
    }

    /**
     * Merges the table of a disjoint group of customers of the same ledger months.
     *
     * @param other the other table, not null, same grouping and ledger months
     * @return the merged table, not null
     * @throws IllegalArgumentException if the groupings or ledger months differ
     */
    public CohortTable plus(CohortTable other) {
        Objects.requireNonNull(other, "other");
        if (grouping != other.grouping || !ledgerMonths.equals(other.ledgerMonths)) {
            throw new IllegalArgumentException("cannot merge cohort tables by " + grouping + " over "
                    + ledgerMonths.firstMonth() + ".." + ledgerMonths.lastMonth() + " and by " + other.grouping + " over "
                    + other.ledgerMonths.firstMonth() + ".." + other.ledgerMonths.lastMonth());
        }
        List<CohortRow> merged = new ArrayList<>(cohorts.size() + other.cohorts.size());
        int i = 0;
        int j = 0;
        while (i < cohorts.size() || j < other.cohorts.size()) {
            if (j == other.cohorts.size()) {
                merged.add(cohorts.get(i++));
            } else if (i == cohorts.size()) {
                merged.add(other.cohorts.get(j++));
            } else {
                int cmp = cohorts.get(i).cohort().compareTo(other.cohorts.get(j).cohort());
                if (cmp < 0) {
                    merged.add(cohorts.get(i++));
                } else if (cmp > 0) {
                    merged.add(other.cohorts.get(j++));
                } else {
                    merged.add(cohorts.get(i++).plus(other.cohorts.get(j++)));
                }
            }
        }
        return new CohortTable(grouping, ledgerMonths, merged, Math.addExact(customersBeforeLedger,
                other.customersBeforeLedger), Math.addExact(customersNeverPaid, other.customersNeverPaid));
    }

    /**
     * The table as a typed table in long form, one row per cohort and observed age (cohorts in order,
     * ages from 0), which a spreadsheet pivots into any of the triangles: {@code cohort}
     * ({@link io.github.saasmetrics.time.ReportingPeriod}), {@code age} ({@link Long}, headed with the
     * grouping's unit, {@code age (months)}), {@code cohort size}, {@code customers} ({@link Long}:
     * paying at the age), {@code logo retention} ({@link Ratio}), {@code MRR} and {@code retained MRR}
     * ({@link io.github.saasmetrics.money.Money} in the ledger's currency), {@code NRR} and {@code GRR}
     * ({@link Ratio}): every {@link CohortMetric} of the heat maps. Ages past the ledger's end are
     * absent, not zero; footnotes name the customers left out. A table without an observed cell has
     * no currency, so no money columns. Titled
     * {@code Cohorts by first paid month, by age in months, 2024-01..2024-03 (USD)}.
     *
     * <p>Example: the row {@code 2024-01, 1, 2, 1, 50.0%, 30.00, 20.00, 100.0%, 66.7%} is the January
     * cohort of two customers at age 1.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        return CohortResultTable.of(this);
    }

    /**
     * The triangle of one metric as aligned text: a title, one row per cohort, an average (or total)
     * row, and a note of the customers left out. Unobserved cells are blank.
     *
     * @param metric the number to print, not null
     * @return the text, not null
     */
    public String toText(CohortMetric metric) {
        return CohortTableText.toText(this, metric);
    }

    /**
     * The triangle of one metric in Markdown.
     *
     * @param metric the number to print, not null
     * @return the Markdown text, not null
     */
    public String toMarkdown(CohortMetric metric) {
        return CohortTableText.toMarkdown(this, metric);
    }

    /**
     * The logo-retention triangle in Markdown.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        return toMarkdown(CohortMetric.LOGO_RETENTION);
    }

    /**
     * The logo-retention triangle as aligned text.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return toText(CohortMetric.LOGO_RETENTION);
    }
}
