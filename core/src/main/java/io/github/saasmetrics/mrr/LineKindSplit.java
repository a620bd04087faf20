package io.github.saasmetrics.mrr;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.LineKind;
import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * MRR and its movements split by subscription {@link LineKind}: how much of expansion comes from
 * plan upgrades and how much from add-ons, so that "existing customers upgrade but buy no add-ons"
 * is visible.
 *
 * <p><b>MRR by kind.</b> Each kind's MRR per customer per month is that of the customer's lines of
 * the kind, measured exactly as {@link MrrLedger#fromSubscriptions} measures every line (the same
 * conventions, rates and rounding): one ledger per kind, built from the subscriptions of that kind.
 * The kinds' MRR add up to the customer's MRR.
 *
 * <p><b>Movements by kind.</b> The bridge nets movements per customer (see {@link MovementType}):
 * a customer whose plan falls by $20 while its add-ons grow by $30 expanded by $10. Each of the
 * customer's movements (new business, expansion, contraction, churn, reactivation; FX is not split)
 * is attributed to kinds by this rule:
 * <ol>
 *   <li>each kind's own change {@code Δ_k} is its MRR change at constant exchange rates, the sum of
 *   that kind's movements in its own ledger;</li>
 *   <li>the movement's amount goes to the kinds that moved <em>in the movement's direction</em>, in
 *   proportion to their moves: an expansion of {@code A} gives kind {@code k} the share
 *   {@code A · max(Δ_k, 0) / Σ_j max(Δ_j, 0)}, a contraction or churn uses {@code max(−Δ_k, 0)};
 *   kinds that moved the other way get nothing, since netting already cancelled their move;</li>
 *   <li>shares are whole minor units by the largest-remainder method (ties to the kind first in
 *   {@link LineKind#ORDER}), so the parts add up to the movement exactly.</li>
 * </ol>
 * New business, churn and reactivation move every kind the same way, so each kind gets exactly
 * its own amount. In the example the $10 expansion is all {@code ADD_ON}, and the $20 plan
 * downgrade, cancelled out by netting, is no contraction. Hence, for every month, the kinds' parts
 * of each movement type add up <em>exactly</em> to the bridge's amount (tested for random
 * subscriptions). If no kind moved in the movement's direction, which happens only when
 * {@code reactivationGapDays} bridges a gap for the customer but not for each kind, the amount is
 * shared in proportion to the kinds' MRR after the move (before it, for a loss), or given to the
 * first kind.
 *
 * <p>With {@code reactivationGapDays > 0} short gaps are also bridged per kind, so in such a gap the
 * kinds' MRR can differ from the customer's.
 *
 * <p>Worked example: acme pays a $100 plan and from February a $30 add-on; in March the plan drops
 * to $80 while the add-on grows to $60 (expansion $10, all {@code ADD_ON}); in April the add-on is
 * cancelled while the plan is back at $100 (contraction $40, all {@code ADD_ON}). Beta upgrades
 * its plan from $50 to $80 in March (expansion $30, {@code PLAN}).
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class LineKindSplit {

    private LineKindSplit() {
    }

    /**
     * Splits the MRR of subscriptions in the reporting currency by line kind.
     *
     * @param subscriptions the subscriptions, not null; every one in {@code currency}
     * @param period the months to report, not null (as for {@link MrrLedger#fromSubscriptions})
     * @param conventions the conventions, not null
     * @param currency the reporting currency, not null
     * @return the breakdown, not null
     * @throws IllegalArgumentException as {@link MrrLedger#fromSubscriptions} does
     */
    public static LineKindBreakdown measure(Collection<Subscription> subscriptions, ReportingPeriod period,
            MrrConventions conventions, Currency currency) {
        return measure(subscriptions, period, conventions, ExchangeRates.none(currency));
    }

    /**
     * Splits the MRR of subscriptions in any currencies by line kind.
     *
     * @param subscriptions the subscriptions, not null
     * @param period the months to report, not null (as for {@link MrrLedger#fromSubscriptions})
     * @param conventions the conventions, not null
     * @param rates rates into the reporting currency, not null
     * @return the breakdown, not null
     * @throws IllegalArgumentException as {@link MrrLedger#fromSubscriptions} does
     */
    public static LineKindBreakdown measure(Collection<Subscription> subscriptions, ReportingPeriod period,
            MrrConventions conventions, ExchangeRates rates) {
        return measure(subscriptions, period, conventions, rates, MovementConventions.defaults());
    }

    /**
     * Splits the MRR of subscriptions in any currencies by line kind, classifying movements under
     * given movement conventions (such as a returning customer's MRR reported as expansion).
     *
     * @param subscriptions the subscriptions, not null
     * @param period the months to report, not null (as for {@link MrrLedger#fromSubscriptions})
     * @param conventions the conventions, not null
     * @param rates rates into the reporting currency, not null
     * @param movements the movement conventions, not null
     * @return the breakdown, not null
     * @throws IllegalArgumentException as {@link MrrLedger#fromSubscriptions} does
     */
    public static LineKindBreakdown measure(Collection<Subscription> subscriptions, ReportingPeriod period,
            MrrConventions conventions, ExchangeRates rates, MovementConventions movements) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(movements, "movements");
        MrrLedger all = MrrLedger.fromSubscriptions(subscriptions, period, conventions, rates)
                .withMovementConventions(movements);
        TreeSet<LineKind> kindSet = new TreeSet<>(LineKind.ORDER);
        subscriptions.forEach(s -> kindSet.add(s.lineKind()));
        List<LineKind> kinds = List.copyOf(kindSet);
        List<MrrLedger> ledgers = new ArrayList<>();
        Map<Key, long[]> deltas = new HashMap<>();
        for (int k = 0; k < kinds.size(); k++) {
            LineKind kind = kinds.get(k);
            MrrLedger ledger = MrrLedger.fromSubscriptions(
                    subscriptions.stream().filter(s -> s.lineKind().equals(kind)).toList(), period, conventions, rates)
                    .withMovementConventions(movements);
            ledgers.add(ledger);
            for (MrrMovement m : MrrMovements.movements(ledger, period)) {
                if (m.type() != MovementType.FX) {
                    long[] d = deltas.computeIfAbsent(new Key(m.customer(), m.month()), key -> new long[kinds.size()]);
                    d[k] = Math.addExact(d[k], m.signedAmount().minorUnits());
                }
            }
        }
        Currency currency = all.currency();
        List<LineKindMovement> parts = new ArrayList<>();
        for (MrrMovement m : MrrMovements.movements(all, period)) {
            if (m.type() == MovementType.FX) {
                continue;
            }
            int sign = m.type().sign();
            long[] d = deltas.getOrDefault(new Key(m.customer(), m.month()), new long[kinds.size()]);
            long[] weights = new long[kinds.size()];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = Math.max(0, sign * d[k]);
            }
            if (sum(weights) == 0) {
                YearMonth at = sign > 0 ? m.month() : m.month().minusMonths(1);
                for (int k = 0; k < weights.length; k++) {
                    weights[k] = ledgers.get(k).mrr(m.customer(), at).minorUnits();
                }
                if (sum(weights) == 0) {
                    weights[0] = 1;
                }
            }
            long[] split = split(m.amount().minorUnits(), weights);
            for (int k = 0; k < split.length; k++) {
                if (split[k] != 0) {
                    parts.add(new LineKindMovement(m.customer(), m.month(), m.type(), kinds.get(k),
                            Money.ofMinor(currency, split[k])));
                }
            }
        }
        List<LineKindMrr> levels = new ArrayList<>();
        for (YearMonth month : period.months()) {
            for (int k = 0; k < kinds.size(); k++) {
                levels.add(new LineKindMrr(month, kinds.get(k), ledgers.get(k).total(month)));
            }
        }
        return new LineKindBreakdown(period, currency, kinds, levels, parts);
    }

    private record Key(CustomerId customer, YearMonth month) { }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s = Math.addExact(s, v);
        }
        return s;
    }

    /**
     * {@code amount} in whole units in proportion to the weights, by the largest-remainder method:
     * each gets the floor of its exact share, and the units left go to the largest remainders, ties
     * to the lower index. The parts add up to {@code amount}.
     */
    static long[] split(long amount, long[] weights) {
        BigInteger total = BigInteger.valueOf(sum(weights));
        BigInteger a = BigInteger.valueOf(amount);
        long[] parts = new long[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        long given = 0;
        for (int k = 0; k < weights.length; k++) {
            BigInteger[] qr = a.multiply(BigInteger.valueOf(weights[k])).divideAndRemainder(total);
            parts[k] = qr[0].longValueExact();
            remainders[k] = qr[1];
            given += parts[k];
        }
        for (long left = amount - given; left > 0; left--) {
            int best = -1;
            for (int k = 0; k < weights.length; k++) {
                if (weights[k] > 0 && (best < 0 || remainders[k].compareTo(remainders[best]) > 0)) {
                    best = k;
                }
            }
            parts[best]++;
            remainders[best] = BigInteger.valueOf(-1);
        }
        return parts;
    }
}
