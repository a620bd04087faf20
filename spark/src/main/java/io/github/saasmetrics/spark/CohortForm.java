package io.github.saasmetrics.spark;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.cohort.CohortCell;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortRow;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A {@link CohortTable} as plain numbers, to travel between Spark executors and the driver: per
 * cohort its period, size and cells (customers, MRR, retained MRR, in minor units). A plain final
 * class rather than a record, so that Kryo as well as Java serialization can carry it.
 */
final class CohortForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CohortGrouping grouping;
    private final ReportingPeriod ledgerMonths;
    private final String currency;
    private final ReportingPeriod[] cohorts;
    private final long[] sizes;
    /** Where each cohort's cells start in {@code cells}, plus the end. */
    private final int[] offsets;
    /** Three numbers per cell: customers, MRR, retained MRR. */
    private final long[] cells;
    private final long customersBeforeLedger;
    private final long customersNeverPaid;

    private CohortForm(CohortGrouping grouping, ReportingPeriod ledgerMonths, String currency, ReportingPeriod[] cohorts,
            long[] sizes, int[] offsets, long[] cells, long customersBeforeLedger, long customersNeverPaid) {
        this.grouping = grouping;
        this.ledgerMonths = ledgerMonths;
        this.currency = currency;
        this.cohorts = cohorts;
        this.sizes = sizes;
        this.offsets = offsets;
        this.cells = cells;
        this.customersBeforeLedger = customersBeforeLedger;
        this.customersNeverPaid = customersNeverPaid;
    }

    static CohortForm of(CohortTable table, Currency currency) {
        List<CohortRow> rows = table.cohorts();
        ReportingPeriod[] cohorts = new ReportingPeriod[rows.size()];
        long[] sizes = new long[rows.size()];
        int[] offsets = new int[rows.size() + 1];
        for (int i = 0; i < rows.size(); i++) {
            offsets[i + 1] = offsets[i] + rows.get(i).cells().size();
        }
        long[] cells = new long[offsets[rows.size()] * 3];
        for (int i = 0; i < rows.size(); i++) {
            CohortRow row = rows.get(i);
            cohorts[i] = row.cohort();
            sizes[i] = row.size();
            for (int k = 0; k < row.cells().size(); k++) {
                CohortCell cell = row.cells().get(k);
                int at = (offsets[i] + k) * 3;
                cells[at] = cell.customers();
                cells[at + 1] = cell.mrr().minorUnits();
                cells[at + 2] = cell.retainedMrr().minorUnits();
            }
        }
        return new CohortForm(table.grouping(), table.ledgerMonths(), currency.getCurrencyCode(), cohorts, sizes,
                offsets, cells, table.customersBeforeLedger(), table.customersNeverPaid());
    }

    CohortTable value() {
        Currency cur = Currency.getInstance(currency);
        List<CohortRow> rows = new ArrayList<>(cohorts.length);
        for (int i = 0; i < cohorts.length; i++) {
            List<CohortCell> rowCells = new ArrayList<>(offsets[i + 1] - offsets[i]);
            for (int k = 0; k < offsets[i + 1] - offsets[i]; k++) {
                int at = (offsets[i] + k) * 3;
                rowCells.add(new CohortCell(k, cells[at], Money.ofMinor(cur, cells[at + 1]),
                        Money.ofMinor(cur, cells[at + 2])));
            }
            rows.add(new CohortRow(cohorts[i], sizes[i], rowCells));
        }
        return new CohortTable(grouping, ledgerMonths, rows, customersBeforeLedger, customersNeverPaid);
    }

    /** Merges with core's {@link CohortTable#plus}. */
    CohortForm plus(CohortForm other) {
        return of(value().plus(other.value()), Currency.getInstance(currency));
    }
}
