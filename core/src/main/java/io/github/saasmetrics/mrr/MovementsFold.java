package io.github.saasmetrics.mrr;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MonthRange;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.ReactivationReporting;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every customer's movements in a period as a {@link LedgerFold}: the bridge's drill-down. Slices
 * concatenate in customer order; the result is sorted by month, type and customer.
 */
final class MovementsFold implements LedgerFold<MovementsFold.Collected, List<MrrMovement>> {

    private static final Comparator<MrrMovement> ORDER = Comparator.comparing(MrrMovement::month)
            .thenComparing(MrrMovement::type).thenComparing(MrrMovement::customer);

    private final ReportingPeriod period;
    /** Null: as the ledger's conventions say. */
    private final ReactivationReporting reactivation;

    MovementsFold(ReportingPeriod period, ReactivationReporting reactivation) {
        this.period = Objects.requireNonNull(period, "period");
        this.reactivation = reactivation;
    }

    /** The movements of one slice of customers. */
    static final class Collected implements BridgeWalk.Sink {
        private final MrrLedger ledger;
        private final int first;
        private final int last;
        private final boolean asExpansion;
        private final List<MrrMovement> movements = new ArrayList<>();

        Collected(MrrLedger ledger, int first, int last, boolean asExpansion) {
            this.ledger = ledger;
            this.first = first;
            this.last = last;
            this.asExpansion = asExpansion;
        }

        @Override
        public void level(int month, long before, long after) {
            // Levels are the bridge's; movements carry their own before and after.
        }

        @Override
        public void movement(CustomerTimeline customer, int month, MovementType type, long amount, long before,
                long after) {
            movements.add(new MrrMovement(customer.id(), ledger.month(month), type,
                    Money.ofMinor(ledger.currency(), amount), Money.ofMinor(ledger.currency(), before),
                    Money.ofMinor(ledger.currency(), after)));
        }

        @Override
        public void joinedAndChurned(CustomerTimeline customer, int month) {
            // Not a movement: the customer's MRR was zero at both month-ends.
        }
    }

    @Override
    public Collected newAccumulator(MrrLedger ledger) {
        MonthRange range = ledger.monthRange(period);
        ReactivationReporting reporting = reactivation != null ? reactivation
                : ledger.movementConventions().reactivation();
        return new Collected(ledger, range.first(), range.last(), reporting == ReactivationReporting.AS_EXPANSION);
    }

    @Override
    public void add(Collected accumulator, CustomerTimeline customer) {
        BridgeWalk.walk(customer, accumulator.first, accumulator.last, accumulator.asExpansion, accumulator);
    }

    @Override
    public Collected merge(Collected left, Collected right) {
        left.movements.addAll(right.movements);
        return left;
    }

    @Override
    public List<MrrMovement> finish(Collected accumulator) {
        List<MrrMovement> out = accumulator.movements;
        out.sort(ORDER);
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "MRR movements of " + period;
    }
}
