package io.github.saasmetrics.cohort;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link CohortTable} as a typed {@link ResultTable} in long form: one row per cohort and observed
 * age, every metric of the triangle in a column of its own, so that a spreadsheet's pivot table
 * (cohort down, age across, any metric as the value) rebuilds each heat map, and filters and charts
 * work on plain columns.
 */
final class CohortResultTable {

    private CohortResultTable() {
    }

    static ResultTable of(CohortTable t) {
        String unit = t.grouping().name().toLowerCase(Locale.ROOT);
        Currency currency = t.cohorts().stream().flatMap(r -> r.cells().stream()).findFirst()
                .map(c -> c.mrr().currency()).orElse(null);
        ResultTable.Builder table = ResultTable.builder("Cohorts by first paid " + unit + ", by age in " + unit + "s, "
                + t.ledgerMonths().firstMonth() + " to " + t.ledgerMonths().lastMonth()
                + (currency == null ? "" : " (" + currency.getCurrencyCode() + ")"));
        table.columns(Column.period("cohort"), Column.count("age").withUnit(unit + "s"), Column.count("cohort size"),
                Column.count("customers"), Column.percent("logo retention"));
        if (currency != null) {
            table.columns(Column.money("MRR", currency), Column.money("retained MRR", currency));
        }
        table.columns(Column.percent("NRR"), Column.percent("GRR"));
        for (CohortRow r : t.cohorts()) {
            for (CohortCell cell : r.cells()) {
                int k = cell.age();
                Ratio logo = orUndefined(r.logoRetention(k));
                Ratio nrr = orUndefined(r.netRevenueRetention(k));
                Ratio grr = orUndefined(r.grossRevenueRetention(k));
                Money mrr = cell.mrr();
                Money retained = cell.retainedMrr();
                table.row(r.cohort(), (long) k, r.size(), cell.customers(), logo, mrr, retained, nrr, grr);
            }
        }
        table.footnote("One row per cohort and observed age: customers paying at the age, their MRR, that MRR capped at"
                + " each customer's age-0 MRR (retained), and the rates over the cohort's size and age-0 MRR; ages the"
                + " ledger does not reach for the whole cohort are absent.");
        if (t.customersBeforeLedger() > 0) {
            table.footnote(customers(t.customersBeforeLedger()) + " whose cohort begins before "
                    + t.ledgerMonths().firstMonth() + " not shown");
        }
        if (t.customersNeverPaid() > 0) {
            table.footnote(customers(t.customersNeverPaid()) + " without any payment not shown");
        }
        return table.build();
    }

    private static Ratio orUndefined(Optional<Ratio> ratio) {
        return ratio.orElse(Ratio.UNDEFINED);
    }

    private static String customers(long n) {
        return Figures.plural(n, "customer", "customers");
    }
}
