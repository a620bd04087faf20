package io.github.saasmetrics.mrr;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MonthRange;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.ReactivationReporting;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.Objects;
import java.util.function.Function;

/**
 * The MRR bridge as a {@link LedgerFold}: a {@link BridgeAccumulator} per slice of customers, over
 * the months of a period (or every bridge month of the ledger), finished to a table or one bridge.
 *
 * @param <R> the result: a table of monthly bridges or one bridge for the period
 */
final class BridgeFold<R> implements LedgerFold<BridgeAccumulator, R> {

    private final ReportingPeriod period;
    /** Null: as the ledger's conventions say. */
    private final ReactivationReporting reactivation;
    private final Function<BridgeAccumulator, R> finisher;
    private final String name;

    private BridgeFold(ReportingPeriod period, ReactivationReporting reactivation,
            Function<BridgeAccumulator, R> finisher, String name) {
        this.period = period;
        this.reactivation = reactivation;
        this.finisher = finisher;
        this.name = name;
    }

    /** Monthly bridges over a period, or over every bridge month when the period is null. */
    static BridgeFold<MrrBridgeTable> monthly(ReportingPeriod period, ReactivationReporting reactivation) {
        return new BridgeFold<>(period, reactivation,
                acc -> MrrBridgeTable.of(acc.monthly()),
                "monthly MRR bridge" + (period == null ? "" : " over " + period));
    }

    /** One bridge for a period. */
    static BridgeFold<MrrBridge> total(ReportingPeriod period, ReactivationReporting reactivation) {
        return new BridgeFold<>(Objects.requireNonNull(period, "period"), reactivation, BridgeAccumulator::total,
                "MRR bridge of " + period);
    }

    @Override
    public BridgeAccumulator newAccumulator(MrrLedger ledger) {
        ReactivationReporting reporting = reactivation != null ? reactivation
                : ledger.movementConventions().reactivation();
        if (period == null) {
            // Month 0 opens the ledger; a ledger of one month has no bridge month (last < first).
            return BridgeAccumulator.of(ledger, 1, ledger.monthCount() - 1, reporting);
        }
        MonthRange range = ledger.monthRange(period);
        return BridgeAccumulator.of(ledger, range.first(), range.last(), reporting);
    }

    @Override
    public void add(BridgeAccumulator accumulator, CustomerTimeline customer) {
        accumulator.addCustomer(customer);
    }

    @Override
    public BridgeAccumulator merge(BridgeAccumulator left, BridgeAccumulator right) {
        return left.addAll(right);
    }

    @Override
    public R finish(BridgeAccumulator accumulator) {
        return finisher.apply(accumulator);
    }

    @Override
    public String toString() {
        return name;
    }
}
