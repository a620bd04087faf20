package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ltv.CohortLtv;
import io.github.saasmetrics.ltv.LedgerLifetimes;
import io.github.saasmetrics.ltv.Ltv;
import io.github.saasmetrics.ltv.PaymentTiming;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.retention.ChurnConversions;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lifetime value ({@link Ltv}) from the sample's own ARPA and churn: simple, discounted under both
 * payment timings, against an assumed acquisition cost; then cohort LTV ({@link CohortLtv}), the
 * revenue each quarter's customers actually brought in per original customer.
 */
public final class LtvSection implements ReportSection {

    /** The gross margin assumed for the sample business. */
    public static final double GROSS_MARGIN = 0.8;

    /** The discount rate assumed, per year. */
    public static final double ANNUAL_DISCOUNT_RATE = 0.10;

    /** The acquisition cost per customer assumed, in the reporting currency's major units. */
    public static final BigDecimal CAC = new BigDecimal("1500");

    /** The ages, in months, at which cohort LTV is shown (age 0 is the first paid month). */
    private static final int[] MONTHS = {3, 6, 12, 18};

    @Override
    public String title() {
        return "Lifetime value";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        MrrLedger ledger = context.ledger();
        MrrBridge latest = context.monthly().get(context.monthly().size() - 1);
        Money arpa = latest.arpa();
        int year = latest.period().firstMonth().getYear();
        Ratio churn = context.pooledMonthlyChurn();
        double discount = ChurnConversions.monthlyDiscountRate(ANNUAL_DISCOUNT_RATE);
        Money cac = Money.of(ledger.currency(), CAC);
        Money simple = Ltv.simple(arpa, GROSS_MARGIN, churn);
        StringBuilder text = new StringBuilder("ARPA ").append(Figures.money(arpa)).append(" (MRR per paying customer, ")
                .append(latest.period()).append("); monthly churn ").append(churn).append(" (churn events over")
                .append(" customers at the start, months of ").append(year).append(");\nassumed: gross margin ")
                .append(Figures.fixedPercent(GROSS_MARGIN)).append(", discount rate ")
                .append(Figures.fixedPercent(ANNUAL_DISCOUNT_RATE)).append(" a year (")
                .append(Figures.fixed(discount * 100, 3)).append("% a month), CAC ").append(Figures.money(cac))
                .append('\n');
        String[][] rows = {
            {"simple: ARPA × margin / churn", Figures.money(simple), "expected lifetime "
                    + Figures.fixed(1 / churn.value(), 1) + " months"},
            {"discounted, paid in advance", Figures.money(Ltv.discounted(arpa, GROSS_MARGIN, churn.value(), discount,
                    PaymentTiming.IN_ADVANCE)), "first payment now"},
            {"discounted, paid in arrears", Figures.money(Ltv.discounted(arpa, GROSS_MARGIN, churn.value(), discount,
                    PaymentTiming.IN_ARREARS)), "first payment after a month"},
            {"LTV:CAC", Figures.multiple(Ltv.ltvToCac(simple, cac)), "simple LTV"},
            {"CAC payback", Figures.fixed(Ltv.cacPaybackPeriods(cac, arpa, GROSS_MARGIN), 1) + " months",
                    "CAC / (ARPA × margin)"}};
        TextTable.Builder ltv = TextTable.builder("LTV", "value", "<");
        ResultTable.Builder typed = ResultTable.builder("Lifetime value per new customer")
                .columns(Column.text("LTV"), Column.text("value"), Column.text("basis"));
        for (String[] row : rows) {
            ltv.row((Object[]) row);
            typed.row((Object[]) row);
        }
        String assumptions = text.toString().strip();
        Cohorts cohorts = cohorts(context);
        text.append(ltv.build()).append("\n\n").append(cohorts.text());
        return SectionOutput.text(text.toString()).withTables(typed.build(), cohorts.table()).withNotes(assumptions);
    }

    /** The cohort LTV table as text and as a typed table. */
    private record Cohorts(String text, ResultTable table) {
    }

    /** Monthly cohorts pooled by quarter, each quarter cut to the ages all its months reached. */
    private static Cohorts cohorts(ReportContext context) {
        SortedMap<YearMonth, CohortLtv> monthly = LedgerLifetimes.cohorts(context.ledger());
        SortedMap<ReportingPeriod, List<CohortLtv>> byQuarter = new TreeMap<>();
        monthly.forEach((m, c) -> byQuarter.computeIfAbsent(ReportingPeriod.quarter(m.getYear(),
                (m.getMonthValue() + 2) / 3), q -> new ArrayList<>()).add(c));
        String currency = context.ledger().currency().getCurrencyCode();
        List<String> header = new ArrayList<>(List.of("cohort (" + currency + ")", "customers"));
        for (int age : MONTHS) {
            header.add(age + " months");
        }
        header.add("12 months at " + Figures.fixedPercent(ANNUAL_DISCOUNT_RATE) + " a year");
        TextTable.Builder table = TextTable.builder(header.toArray(String[]::new));
        String title = "Cohort LTV: revenue per original customer in its first months (MRR as monthly revenue, before"
                + " margin; quarters of monthly cohorts)";
        ResultTable.Builder typed = ResultTable.builder(title + " (" + currency + ")")
                .column(Column.period("cohort")).column(Column.count("customers"));
        for (int age : MONTHS) {
            typed.column(Column.money(age + " months", currency));
        }
        typed.column(Column.money("12 months at " + Figures.fixedPercent(ANNUAL_DISCOUNT_RATE) + " a year", currency));
        double discount = ChurnConversions.monthlyDiscountRate(ANNUAL_DISCOUNT_RATE);
        for (Map.Entry<ReportingPeriod, List<CohortLtv>> quarter : byQuarter.entrySet()) {
            int ages = quarter.getValue().stream().mapToInt(CohortLtv::ages).min().orElseThrow();
            CohortLtv pooled = quarter.getValue().stream().map(c -> c.truncatedTo(ages)).reduce(CohortLtv::plus)
                    .orElseThrow();
            if (ages < MONTHS[0]) {
                continue;
            }
            List<Object> row = new ArrayList<>(List.of(quarter.getKey(), pooled.customers()));
            List<Object> cells = new ArrayList<>(List.of(quarter.getKey(), pooled.customers()));
            for (int age : MONTHS) {
                Money value = age <= ages ? pooled.cumulativePerCustomer(age - 1) : null;
                row.add(value == null ? "" : Figures.amount(value));
                cells.add(value);
            }
            Money discounted = 12 <= ages ? pooled.discountedPerCustomer(11, discount, PaymentTiming.IN_ADVANCE) : null;
            row.add(discounted == null ? "" : Figures.amount(discounted));
            cells.add(discounted);
            table.row(row.toArray());
            typed.row(cells.toArray());
        }
        return new Cohorts(title + "\n" + table.build(), typed.build());
    }
}
