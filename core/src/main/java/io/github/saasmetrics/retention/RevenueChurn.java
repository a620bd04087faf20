package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.Objects;

/**
 * Gross and net MRR churn of a period, from its MRR bridge.
 *
 * <p>The amounts are the bridge's: the sum of every customer's monthly movements in the period
 * (see {@link MrrMovements}), so a customer who joins in January and contracts in March adds to the
 * quarter's contraction, and a customer who leaves in January and returns in March adds to both
 * churn and reactivation. FX is left out: rates are measured at constant exchange rates. When the
 * ledger's movement conventions report returning customers as expansion
 * ({@code ReactivationReporting.AS_EXPANSION}) they are in expansion, which leaves net MRR churn
 * unchanged. For one month, when nobody returns, gross MRR churn is
 * {@code 1 − GRR} and net MRR churn {@code 1 − NRR} (see {@link RevenueRetention}); over longer
 * periods they differ, because these count every movement and retention compares each start
 * customer's end with its start.
 *
 * <p>Worked example: $100 at the start, $10 churn, $10 contraction, $10 expansion: gross MRR churn
 * 20 %, net MRR churn 10 %.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class RevenueChurn {

    private RevenueChurn() {
    }

    /**
     * The MRR churn of a period.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the result, not null; undefined ratios when the start MRR is zero (as in an empty ledger)
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static RevenueChurnResult measure(MrrLedger ledger, ReportingPeriod period) {
        return Objects.requireNonNull(ledger, "ledger").fold(fold(period));
    }

    /**
     * {@link #measure(MrrLedger, ReportingPeriod)} as a {@link LedgerFold}: the period's MRR bridge fold
     * ({@link MrrMovements#bridgeFold(ReportingPeriod)}) finished into MRR churn, to run in parallel
     * ({@code ledger.fold(fold, slices, executor)}) or with other metrics in one scan.
     *
     * @param period whole months after the ledger's opening month and within it (checked when the fold runs), not null
     * @return the fold, not null
     */
    public static LedgerFold<?, RevenueChurnResult> fold(ReportingPeriod period) {
        return MrrMovements.bridgeFold(Objects.requireNonNull(period, "period")).andThen(RevenueChurn::measure);
    }

    /**
     * The MRR churn of a bridge.
     *
     * @param bridge the bridge, not null
     * @return the result, not null
     */
    public static RevenueChurnResult measure(MrrBridge bridge) {
        Objects.requireNonNull(bridge, "bridge");
        return new RevenueChurnResult(bridge.period(), bridge.start(), bridge.churn(), bridge.contraction(),
                bridge.expansion(), bridge.reactivation());
    }
}
