package io.github.saasmetrics.mrr;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerAccumulator;
import io.github.saasmetrics.ledger.MonthRange;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.ledger.ReactivationReporting;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Every customer's movements in a period, for one slice of customers: the accumulator of
 * {@link MrrMovements#movementsFold}, the bridge's drill-down. Slices concatenate in customer order;
 * the snapshot is sorted by month, type and customer.
 */
final class MovementList implements LedgerAccumulator<MovementList, List<MrrMovement>>, BridgeWalk.Sink {

    private static final Comparator<MrrMovement> ORDER = Comparator.comparing(MrrMovement::month)
            .thenComparing(MrrMovement::type).thenComparing(MrrMovement::customer);

    private final MrrLedger ledger;
    private final int first;
    private final int last;
    private final boolean asExpansion;
    private final List<MrrMovement> movements = new ArrayList<>();

    private MovementList(MrrLedger ledger, int first, int last, boolean asExpansion) {
        this.ledger = ledger;
        this.first = first;
        this.last = last;
        this.asExpansion = asExpansion;
    }

    /** No movements yet, for a period of a ledger, reactivations reported as told (null: as the ledger's). */
    static MovementList of(MrrLedger ledger, ReportingPeriod period, @Nullable ReactivationReporting reactivation) {
        MonthRange range = ledger.monthRange(period);
        ReactivationReporting reporting = reactivation != null ? reactivation
                : ledger.movementConventions().reactivation();
        return new MovementList(ledger, range.first(), range.last(), reporting == ReactivationReporting.AS_EXPANSION);
    }

    @Override
    public void add(CustomerTimeline customer) {
        BridgeWalk.walk(customer, first, last, asExpansion, this);
    }

    @Override
    public void addAll(MovementList later) {
        movements.addAll(later.movements);
    }

    @Override
    public List<MrrMovement> snapshot() {
        List<MrrMovement> sorted = new ArrayList<>(movements);
        sorted.sort(ORDER);
        return List.copyOf(sorted);
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
