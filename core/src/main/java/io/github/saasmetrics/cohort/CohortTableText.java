package io.github.saasmetrics.cohort;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.TextTable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Renders a {@link CohortTable} as a triangle of one {@link CohortMetric}, in text or Markdown. */
final class CohortTableText {

    private CohortTableText() {
    }

    static String toText(CohortTable t, CohortMetric metric) {
        return title(t, metric) + "\n" + table(t, metric).toText() + footer(t);
    }

    static String toMarkdown(CohortTable t, CohortMetric metric) {
        String footer = footer(t);
        return title(t, metric) + "\n\n" + table(t, metric).toMarkdown() + "\n"
                + (footer.isEmpty() ? "" : "\n" + footer.substring(1).replace("\n", "\n\n") + "\n");
    }

    private static TextTable table(CohortTable t, CohortMetric metric) {
        Objects.requireNonNull(metric, "metric");
        int oldest = t.cohorts().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        String[] header = new String[oldest + 2];
        header[0] = "cohort";
        header[1] = "customers";
        for (int k = 0; k < oldest; k++) {
            header[k + 2] = t.grouping().agePrefix() + k;
        }
        TextTable.Builder out = TextTable.builder(header);
        for (CohortRow r : t.cohorts()) {
            Object[] cells = new Object[oldest + 2];
            cells[0] = r.cohort();
            cells[1] = r.size();
            for (int k = 0; k < r.cells().size(); k++) {
                CohortCell cell = r.cells().get(k);
                cells[k + 2] = switch (metric) {
                    case CUSTOMERS -> cell.customers();
                    case MRR -> Figures.amount(cell.mrr());
                    case LOGO_RETENTION -> percent(r.logoRetention(k).orElseThrow());
                    case NET_REVENUE_RETENTION -> percent(r.netRevenueRetention(k).orElseThrow());
                    case GROSS_REVENUE_RETENTION -> percent(r.grossRevenueRetention(k).orElseThrow());
                };
            }
            out.row(cells);
        }
        if (!t.cohorts().isEmpty()) {
            Object[] cells = new Object[oldest + 2];
            cells[0] = switch (metric) {
                case CUSTOMERS, MRR -> "total";
                default -> "average";
            };
            cells[1] = t.cohorts().stream().mapToLong(CohortRow::size).sum();
            List<Ratio> curve = switch (metric) {
                case LOGO_RETENTION -> t.averageLogoRetention();
                case NET_REVENUE_RETENTION -> t.averageNetRevenueRetention();
                case GROSS_REVENUE_RETENTION -> t.averageGrossRevenueRetention();
                default -> null;
            };
            for (int k = 0; k < oldest; k++) {
                int age = k;
                List<CohortCell> at = t.cohorts().stream().filter(r -> age < r.cells().size())
                        .map(r -> r.cells().get(age)).toList();
                cells[k + 2] = switch (metric) {
                    case CUSTOMERS -> at.stream().mapToLong(CohortCell::customers).sum();
                    case MRR -> Figures.amount(at.stream().map(CohortCell::mrr).reduce(Money::plus).orElseThrow());
                    default -> percent(curve.get(k));
                };
            }
            out.row(cells);
        }
        return out.build();
    }

    private static String percent(Ratio r) {
        return Figures.percent(r);
    }

    private static String footer(CohortTable t) {
        StringBuilder sb = new StringBuilder();
        if (t.customersBeforeLedger() > 0) {
            sb.append('\n').append(customers(t.customersBeforeLedger())).append(" whose cohort begins before ")
                    .append(t.ledgerMonths().firstMonth()).append(" not shown");
        }
        if (t.customersNeverPaid() > 0) {
            sb.append('\n').append(customers(t.customersNeverPaid())).append(" without any payment not shown");
        }
        return sb.toString();
    }

    private static String customers(long n) {
        return Figures.plural(n, "customer", "customers");
    }

    private static String title(CohortTable t, CohortMetric metric) {
        String unit = t.grouping().name().toLowerCase(Locale.ROOT);
        return "cohorts by first paid " + unit + ", " + metric.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " by age in " + unit + "s, " + t.ledgerMonths().firstMonth() + " to " + t.ledgerMonths().lastMonth();
    }
}
