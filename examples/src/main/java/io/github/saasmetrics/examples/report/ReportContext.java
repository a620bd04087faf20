package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.customer.Customer;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.examples.sample.SampleDataset;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import io.github.saasmetrics.subscription.MrrConventions;
import java.util.Map;
import java.util.Objects;

/**
 * What every report section starts from: the data, the conventions, and the values that several
 * sections share, computed once (the MRR ledger, the ledger for cohorts and lifetimes, and the
 * monthly bridges).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportContext {

    private final SampleDataset data;
    private final MrrConventions conventions;
    private final MrrLedger ledger;
    private final MrrBridgeTable monthly;
    private final Map<CustomerId, Customer> customers;
    private final Ratio pooledMonthlyChurn;

    private ReportContext(SampleDataset data, MrrConventions conventions) {
        this.data = data;
        this.conventions = conventions;
        this.ledger = MrrLedger.fromSubscriptions(data.subscriptions(), data.period(), conventions, data.rates());
        this.monthly = MrrMovements.monthly(ledger);
        this.customers = data.customersById();
        this.pooledMonthlyChurn = pooledMonthlyChurn(ledger, data.period());
    }

    /**
     * Churn events over customers at each month's start, summed over the months of the last month's
     * year that the period covers.
     */
    private static Ratio pooledMonthlyChurn(MrrLedger ledger, ReportingPeriod period) {
        YearMonth last = period.lastMonth();
        YearMonth january = YearMonth.of(last.getYear(), 1);
        YearMonth first = period.firstMonth().isAfter(january) ? period.firstMonth() : january;
        Ratio pooled = Ratio.UNDEFINED;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            ChurnResult month = CustomerChurn.measure(ledger, ReportingPeriod.month(m));
            pooled = pooled.plus(Ratio.of(month.churnEvents(), month.customersAtStart()));
        }
        return pooled;
    }

    /**
     * Computes the shared values under the default conventions.
     *
     * @param data the data set, not null
     * @return the context, not null
     */
    public static ReportContext of(SampleDataset data) {
        return of(data, MrrConventions.defaults());
    }

    /**
     * Computes the shared values under given conventions.
     *
     * @param data the data set, not null
     * @param conventions the MRR conventions, not null
     * @return the context, not null
     */
    public static ReportContext of(SampleDataset data, MrrConventions conventions) {
        return new ReportContext(Objects.requireNonNull(data, "data"), Objects.requireNonNull(conventions, "conventions"));
    }

    /** @return the data set, not null */
    public SampleDataset data() {
        return data;
    }

    /** @return the MRR conventions of the ledger, not null */
    public MrrConventions conventions() {
        return conventions;
    }

    /** @return MRR per customer per month over the data's period, in the reporting currency, not null */
    public MrrLedger ledger() {
        return ledger;
    }

    /** @return one MRR bridge per month of the period, not null */
    public MrrBridgeTable monthly() {
        return monthly;
    }

    /**
     * The monthly logo churn of the last year (of its months inside the period): churn events over
     * customers at the start of each
     * month, numerators and denominators summed over the year's months, so that busier months weigh
     * more (a customer-weighted monthly rate, as {@code 533/17,338}). The report's LTV, benchmark and
     * summary all use this one rate.
     *
     * @return the pooled rate, not null
     */
    public Ratio pooledMonthlyChurn() {
        return pooledMonthlyChurn;
    }

    /** @return the customers by identifier, not null */
    public Map<CustomerId, Customer> customers() {
        return customers;
    }

    /**
     * A customer's attribute, for grouping.
     *
     * @param customer the customer, not null
     * @param key the attribute, not null
     * @return the value, or {@code "(none)"} if the customer has none or is unknown
     */
    public String attribute(CustomerId customer, String key) {
        Customer c = customers.get(customer);
        return c == null ? "(none)" : c.attribute(key).orElse("(none)");
    }
}
