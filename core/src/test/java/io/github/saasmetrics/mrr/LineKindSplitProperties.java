package io.github.saasmetrics.mrr;

import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.ledger.ReactivationReporting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.ChurnRecognition;
import io.github.saasmetrics.subscription.LineKind;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LineKindSplitProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final ReportingPeriod PERIOD = ReportingPeriod.months(YearMonth.of(2023, 7), YearMonth.of(2024, 12));
    private static final List<LineKind> KINDS = List.of(LineKind.PLAN, LineKind.ADD_ON, LineKind.of("SEATS"));

    @Provide
    Arbitrary<List<Subscription>> subscriptions() {
        return new MrrBridgeProperties().subscriptions();
    }

    private static List<Subscription> withKinds(List<Subscription> subs, int seed) {
        return subs.stream().map(s -> s.withLineKind(KINDS.get(Math.floorMod(s.id().hashCode() * 31 + seed, 3))))
                .toList();
    }

    private static final MovementType[] TYPES = {MovementType.NEW_BUSINESS, MovementType.EXPANSION,
        MovementType.CONTRACTION, MovementType.CHURN, MovementType.REACTIVATION};

    private static Money bridgeAmount(MrrBridge b, MovementType type) {
        return switch (type) {
            case NEW_BUSINESS -> b.newBusiness();
            case EXPANSION -> b.expansion();
            case CONTRACTION -> b.contraction();
            case CHURN -> b.churn();
            case REACTIVATION -> b.reactivation();
            default -> throw new AssertionError(type);
        };
    }

    @Property
    void theKindsAddUpExactlyToTheBridge(@ForAll("subscriptions") List<Subscription> subs, @ForAll int seed,
            @ForAll ChurnRecognition churn, @ForAll boolean asExpansion, @ForAll boolean bridgeGaps) {
        MrrConventions conventions = MrrConventions.defaults().withChurnRecognition(churn)
                .withReactivationGapDays(bridgeGaps ? 20 : 0);
        MovementConventions movements = MovementConventions.defaults().withReactivation(
                asExpansion ? ReactivationReporting.AS_EXPANSION : ReactivationReporting.AS_REACTIVATION);
        List<Subscription> lines = withKinds(subs, seed);
        LineKindBreakdown split = LineKindSplit.measure(lines, PERIOD, conventions, ExchangeRates.none(USD), movements);
        MrrLedger ledger = MrrLedger.fromSubscriptions(lines, PERIOD, conventions, USD).withMovementConventions(movements);
        for (MrrBridge bridge : MrrMovements.monthly(ledger)) {
            YearMonth month = bridge.period().firstMonth();
            for (MovementType type : TYPES) {
                Money sum = Money.zero(USD);
                for (LineKind kind : split.kinds()) {
                    sum = sum.plus(split.amount(month, type, kind));
                }
                assertEquals(bridgeAmount(bridge, type), sum, () -> type + " in " + month);
            }
            if (!bridgeGaps) {
                Money mrr = Money.zero(USD);
                for (LineKind kind : split.kinds()) {
                    mrr = mrr.plus(split.mrr(month, kind));
                }
                assertEquals(ledger.total(month), mrr, () -> "MRR in " + month);
            }
        }
    }

    @Property
    void withOnlyPlanLinesEverythingIsPlan(@ForAll("subscriptions") List<Subscription> subs) {
        LineKindBreakdown split = LineKindSplit.measure(subs, PERIOD, MrrConventions.defaults(), USD);
        MrrLedger ledger = MrrLedger.fromSubscriptions(subs, PERIOD, MrrConventions.defaults(), USD);
        assertEquals(subs.isEmpty() ? List.of() : List.of(LineKind.PLAN), split.kinds());
        for (MrrBridge bridge : MrrMovements.monthly(ledger)) {
            for (MovementType type : TYPES) {
                Money planPart = split.kinds().isEmpty() ? Money.zero(USD)
                        : split.amount(bridge.period().firstMonth(), type, LineKind.PLAN);
                assertEquals(bridgeAmount(bridge, type), planPart);
            }
        }
    }

    @Property
    void customerGroupsMergeToTheWhole(@ForAll("subscriptions") List<Subscription> subs, @ForAll int seed) {
        List<Subscription> lines = withKinds(subs, seed);
        Predicate<CustomerId> left = c -> Math.floorMod(c.value().hashCode() + seed, 2) == 0;
        LineKindBreakdown a = LineKindSplit.measure(lines.stream().filter(s -> left.test(s.customer())).toList(), PERIOD,
                MrrConventions.defaults(), USD);
        LineKindBreakdown b = LineKindSplit.measure(lines.stream().filter(s -> !left.test(s.customer())).toList(), PERIOD,
                MrrConventions.defaults(), USD);
        assertEquals(LineKindSplit.measure(lines, PERIOD, MrrConventions.defaults(), USD), a.plus(b));
    }
}
