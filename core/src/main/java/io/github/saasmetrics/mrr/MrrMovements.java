package io.github.saasmetrics.mrr;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrSnapshot;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.ledger.ReactivationReporting;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The MRR bridge: every change in MRR explained as new business, expansion, contraction, churn,
 * reactivation or FX, per month, per period, and per customer.
 *
 * <p>Each customer's MRR at the end of a month is compared with the end of the previous month
 * (customer-level netting; see {@link MovementType}). Buying a second subscription is expansion,
 * cancelling one of two is contraction, moving from $100 a month to $1,200 a year is no movement.
 * The bridges add up exactly ({@link MrrBridge}), and every amount traces to the customers in
 * {@link #movements(MrrLedger, ReportingPeriod)}.
 *
 * <p>Worked example (the ChartMogul lifecycle): a customer buys four yearly seats for $2,000 → new
 * business $166.67; adds two monthly Silver seats at $60 → expansion $60; cancels Silver →
 * contraction $60; cancels Gold → churn of $166.67 when the paid year ends; subscribes again →
 * reactivation.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class MrrMovements {

    private MrrMovements() {
    }

    /**
     * One bridge for every month of the ledger after the opening month.
     *
     * @param ledger the ledger, not null
     * @return the bridges in month order, not null; empty for a ledger of one month
     */
    public static MrrBridgeTable monthly(MrrLedger ledger) {
        return Objects.requireNonNull(ledger, "ledger").fold(monthlyFold());
    }

    /**
     * One bridge for every month of a period.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the bridges in month order, not null
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static MrrBridgeTable monthly(MrrLedger ledger, ReportingPeriod period) {
        return Objects.requireNonNull(ledger, "ledger").fold(monthlyFold(period));
    }

    /**
     * The bridge of a period such as a quarter or a year: the sum of its monthly movements, from the
     * MRR at the end of the month before it to the MRR at the end of its last month.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the bridge, not null
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static MrrBridge bridge(MrrLedger ledger, ReportingPeriod period) {
        return Objects.requireNonNull(ledger, "ledger").fold(bridgeFold(period));
    }

    /**
     * Every customer's movements in a period, ordered by month, type and customer.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the movements, not null
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static List<MrrMovement> movements(MrrLedger ledger, ReportingPeriod period) {
        return Objects.requireNonNull(ledger, "ledger").fold(movementsFold(period));
    }

    /**
     * Every customer's movements in one month.
     *
     * @param ledger the ledger, not null
     * @param month a month after the ledger's opening month, not null
     * @return the movements, not null
     */
    public static List<MrrMovement> movements(MrrLedger ledger, YearMonth month) {
        return movements(ledger, ReportingPeriod.month(month));
    }

    /**
     * {@link #monthly(MrrLedger)} as a fold, to run on slices in parallel
     * ({@code ledger.fold(monthlyFold(), 4, executor)}) or together with other metrics in one scan
     * ({@link io.github.saasmetrics.ledger.CompositeFold}). Returning customers are reported as the
     * ledger's conventions say.
     *
     * @return the fold, not null
     */
    public static LedgerFold<?, MrrBridgeTable> monthlyFold() {
        return BridgeFold.monthly(null, null);
    }

    /**
     * {@link #monthly(MrrLedger)} as a fold, reporting returning customers as asked.
     *
     * @param reactivation the line on which returning customers appear, not null
     * @return the fold, not null
     */
    public static LedgerFold<?, MrrBridgeTable> monthlyFold(ReactivationReporting reactivation) {
        return BridgeFold.monthly(null, Objects.requireNonNull(reactivation, "reactivation"));
    }

    /**
     * {@link #monthly(MrrLedger, ReportingPeriod)} as a fold; the period is checked against the
     * ledger when the fold runs.
     *
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the fold, not null
     */
    public static LedgerFold<?, MrrBridgeTable> monthlyFold(ReportingPeriod period) {
        return BridgeFold.monthly(Objects.requireNonNull(period, "period"), null);
    }

    /**
     * {@link #bridge(MrrLedger, ReportingPeriod)} as a fold.
     *
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the fold, not null
     */
    public static LedgerFold<?, MrrBridge> bridgeFold(ReportingPeriod period) {
        return BridgeFold.total(period, null);
    }

    /**
     * {@link #bridge(MrrLedger, ReportingPeriod)} as a fold, reporting returning customers as asked.
     *
     * @param period whole months after the ledger's opening month and within it, not null
     * @param reactivation the line on which returning customers appear, not null
     * @return the fold, not null
     */
    public static LedgerFold<?, MrrBridge> bridgeFold(ReportingPeriod period, ReactivationReporting reactivation) {
        return BridgeFold.total(period, Objects.requireNonNull(reactivation, "reactivation"));
    }

    /**
     * {@link #movements(MrrLedger, ReportingPeriod)} as a fold.
     *
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the fold, not null
     */
    public static LedgerFold<?, List<MrrMovement>> movementsFold(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return LedgerFold.of("MRR movements of " + period, ledger -> MovementList.of(ledger, period, null));
    }

    /**
     * The bridge between two snapshots, treating every customer who appears as new business.
     *
     * @param before the earlier snapshot, not null
     * @param after the later snapshot, not null, later month, same currency
     * @return the bridge over the months after {@code before} up to {@code after}, not null
     */
    public static MrrBridge between(MrrSnapshot before, MrrSnapshot after) {
        return between(before, after, customer -> false);
    }

    /**
     * The bridge between two snapshots.
     *
     * <p>With only two snapshots the intermediate months are unknown: a customer present in both is
     * compared directly (a churn and return in between is invisible), and no FX line is possible.
     *
     * @param before the earlier snapshot, not null
     * @param after the later snapshot, not null, later month, same currency
     * @param paidBefore whether a customer absent from {@code before} had paid at some earlier time
     *     (then it is a reactivation, otherwise new business), not null
     * @return the bridge, not null
     * @throws IllegalArgumentException if {@code after} is not later than {@code before}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static MrrBridge between(MrrSnapshot before, MrrSnapshot after, Predicate<CustomerId> paidBefore) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(paidBefore, "paidBefore");
        if (!after.month().isAfter(before.month())) {
            throw new IllegalArgumentException("snapshot months must increase but were " + before.month() + " and "
                    + after.month());
        }
        if (!before.currency().equals(after.currency())) {
            throw new CurrencyMismatchException(before.currency(), after.currency(), "snapshots");
        }
        var currency = before.currency();
        ReportingPeriod period = ReportingPeriod.months(before.month().plusMonths(1), after.month());
        BridgeAccumulator acc = BridgeAccumulator.ofSnapshots(before.month(), currency, period);
        TreeSet<CustomerId> all = new TreeSet<>(before.mrr().keySet());
        all.addAll(after.mrr().keySet());
        for (CustomerId c : all) {
            long p = before.mrr(c).minorUnits();
            long a = after.mrr(c).minorUnits();
            acc.level(1, p, a);
            if (p == 0) {
                acc.movement(null, 1, paidBefore.test(c) ? MovementType.REACTIVATION : MovementType.NEW_BUSINESS, a, p, a);
            } else if (a == 0) {
                acc.movement(null, 1, MovementType.CHURN, p, p, a);
            } else if (a > p) {
                acc.movement(null, 1, MovementType.EXPANSION, a - p, p, a);
            } else if (a < p) {
                acc.movement(null, 1, MovementType.CONTRACTION, p - a, p, a);
            }
        }
        return acc.total();
    }
}
