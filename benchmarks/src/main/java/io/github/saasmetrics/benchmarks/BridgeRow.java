package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import java.util.ArrayList;
import java.util.List;

/**
 * One month of an MRR bridge in a form both engines can produce: amounts in minor units, counts,
 * and the month as an epoch month ({@code year × 12 + month − 1}).
 *
 * @param month the epoch month
 * @param start MRR at the end of the previous month
 * @param newBusiness MRR of first-time customers
 * @param expansion increases of continuing customers
 * @param contraction decreases of continuing customers
 * @param churn MRR lost from customers who stopped paying
 * @param reactivation MRR of returning customers
 * @param fx exchange-rate movement (always 0 from SQL, which has no FX column)
 * @param end MRR at the end of the month
 * @param customersAtStart paying customers at the start
 * @param newCustomers first-time customers
 * @param reactivatedCustomers returning customers
 * @param churnedCustomers customers who stopped paying
 * @param customersAtEnd paying customers at the end
 * @param expandedCustomers customers who expanded
 * @param contractedCustomers customers who contracted
 * @param joinedAndChurnedCustomers customers who joined and left inside the month
 */
public record BridgeRow(int month, long start, long newBusiness, long expansion, long contraction, long churn,
        long reactivation, long fx, long end, long customersAtStart, long newCustomers, long reactivatedCustomers,
        long churnedCustomers, long customersAtEnd, long expandedCustomers, long contractedCustomers,
        long joinedAndChurnedCustomers) {

    /**
     * The rows of a bridge table.
     *
     * @param table the table, not null
     * @return one row per bridge, not null
     */
    public static List<BridgeRow> of(MrrBridgeTable table) {
        List<BridgeRow> out = new ArrayList<>(table.size());
        for (MrrBridge b : table) {
            out.add(new BridgeRow(CustomerMonthRows.epochMonth(b.period().firstMonth()), b.start().minorUnits(),
                    b.newBusiness().minorUnits(), b.expansion().minorUnits(), b.contraction().minorUnits(),
                    b.churn().minorUnits(), b.reactivation().minorUnits(), b.fx().minorUnits(), b.end().minorUnits(),
                    b.customersAtStart(), b.newCustomers(), b.reactivatedCustomers(), b.churnedCustomers(),
                    b.customersAtEnd(), b.expandedCustomers(), b.contractedCustomers(),
                    b.joinedAndChurnedCustomers()));
        }
        return out;
    }
}
