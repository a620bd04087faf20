package io.github.saasmetrics.mrr;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MonthRange;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.subscription.ReactivationReporting;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.List;
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
                acc -> MrrBridgeTable.of(acc == null ? List.of() : acc.monthly()),
                "monthly MRR bridge" + (period == null ? "" : " over " + period));
    }

    /** One bridge for a period. */
    static BridgeFold<MrrBridge> total(ReportingPeriod period, ReactivationReporting reactivation) {
        return new BridgeFold<>(Objects.requireNonNull(period, "period"), reactivation, BridgeAccumulator::total,
                "MRR bridge of " + period);
    }

    @Override
    public BridgeAccumulator newAccumulator(MrrLedger ledger) {
        int first;
        int last;
        if (period == null) {
            if (ledger.monthCount() < 2) {
                return Empty.INSTANCE;
            }
            first = 1;
            last = ledger.monthCount() - 1;
        } else {
            MonthRange range = ledger.monthRange(period);
            first = range.first();
            last = range.last();
        }
        ReactivationReporting reporting = reactivation != null ? reactivation
                : ledger.movementConventions().reactivation();
        return new BridgeAccumulator(first, last, ledger.firstMonth(), ledger.currency(), null,
                reporting == ReactivationReporting.AS_EXPANSION,
                first == 1 && last == ledger.monthCount() - 1 && !ledger.hasFx() && sumsFit(ledger));
    }

    /**
     * Whether no bridge sum can leave a long: each customer adds at most its largest MRR to any sum
     * (see {@code BridgeAccumulator.addToWholeLedgerWithoutFx}).
     */
    static boolean sumsFit(MrrLedger ledger) {
        return ledger.largestMrr().minorUnits() <= Long.MAX_VALUE / Math.max(1, ledger.customerCount());
    }

    @Override
    public void add(BridgeAccumulator accumulator, CustomerTimeline customer) {
        if (accumulator != Empty.INSTANCE) {
            accumulator.addCustomer(customer);
        }
    }

    @Override
    public BridgeAccumulator merge(BridgeAccumulator left, BridgeAccumulator right) {
        return left == Empty.INSTANCE ? left : left.addAll(right);
    }

    @Override
    public R finish(BridgeAccumulator accumulator) {
        return finisher.apply(accumulator == Empty.INSTANCE ? null : accumulator);
    }

    @Override
    public String toString() {
        return name;
    }

    /** The accumulator of a ledger of one month, which has no bridge month. */
    private static final class Empty {
        static final BridgeAccumulator INSTANCE = new BridgeAccumulator(1, 0, java.time.YearMonth.of(2000, 1),
                java.util.Currency.getInstance("XXX"), null, false);
    }
}
