package io.github.saasmetrics.mrr;

import io.github.saasmetrics.ledger.JoinAndChurn;
import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.ledger.ReactivationInRetention;
import io.github.saasmetrics.ledger.ReactivationReporting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.LedgerView;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.ChurnRecognition;
import io.github.saasmetrics.subscription.Discount;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.subscription.SubscriptionStatus;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import io.github.saasmetrics.money.ExchangeRates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MrrBridgeProperties {

    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth START = YearMonth.of(2023, 12);

    /** A customer-month row; amount 0 means the row registers the customer without MRR. */
    record Row(String customer, int month, long minor) { }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Row> row = Combinators.combine(
                Arbitraries.integers().between(0, 15).map(i -> "c" + i),
                Arbitraries.integers().between(0, 14),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
                        net.jqwik.api.Tuple.of(7, Arbitraries.longs().between(1, 100_000))))
                .as(Row::new);
        return row.list().ofMinSize(1).ofMaxSize(120);
    }

    static MrrLedger build(List<Row> rows, long scale, MovementConventions conventions) {
        var b = MrrLedger.builder(USD).months(START, START.plusMonths(14)).movementConventions(conventions);
        for (Row r : rows) {
            b.add(CustomerId.of(r.customer()), START.plusMonths(r.month()), r.minor() * scale);
        }
        return b.build();
    }

    @Property
    void everyBridgeAddsUpAndMatchesTheLedger(@ForAll("rows") List<Row> rows, @ForAll boolean asExpansion) {
        MrrLedger ledger = build(rows, 1, MovementConventions.defaults().withReactivation(asExpansion ? ReactivationReporting.AS_EXPANSION : ReactivationReporting.AS_REACTIVATION));
        MrrBridgeTable table = MrrMovements.monthly(ledger);
        assertEquals(14, table.size());
        for (MrrBridge b : table) {
            YearMonth m = b.period().firstMonth();
            assertEquals(ledger.total(m.minusMonths(1)), b.start());
            assertEquals(ledger.total(m), b.end());
            assertEquals(ledger.snapshot(m).customerCount(), b.customersAtEnd());
        }
        MrrBridge total = table.total();
        assertEquals(total, MrrMovements.bridge(ledger, ReportingPeriod.months(START.plusMonths(1), START.plusMonths(14)))
                .withJoinedAndChurned(total.joinedAndChurnedCustomers()));
    }

    @Provide
    Arbitrary<MrrLedger> ledgersWithPaidBetween() {
        return io.github.saasmetrics.ledger.RandomLedgers.fromRows();
    }

    /**
     * Customers who joined and churned inside a month: paid at some time in it, with no MRR at
     * the month-end before it (nor at its own end, by the meaning of paid-between). Every month of
     * the table is checked, and a one-month bridge agrees with the table on every line.
     */
    @Property
    void everyMonthCountsTheCustomersWhoJoinedAndChurnedInsideIt(@ForAll("ledgersWithPaidBetween") MrrLedger ledger) {
        MrrBridgeTable table = MrrMovements.monthly(ledger);
        long[] expected = ledger.fold(new io.github.saasmetrics.ledger.LedgerFold<long[], long[]>() {
            @Override
            public long[] newAccumulator(MrrLedger l) {
                return new long[l.monthCount()];
            }

            @Override
            public void add(long[] acc, io.github.saasmetrics.ledger.CustomerTimeline t) {
                for (int m = 1; m < acc.length; m++) {
                    if (t.paidBetween(m) && t.mrrAt(m - 1) == 0) {
                        acc[m]++;
                    }
                }
            }

            @Override
            public long[] merge(long[] left, long[] right) {
                for (int m = 0; m < left.length; m++) {
                    left[m] += right[m];
                }
                return left;
            }

            @Override
            public long[] finish(long[] acc) {
                return acc;
            }
        });
        for (MrrBridge b : table) {
            int m = ledger.monthIndex(b.period().firstMonth());
            assertEquals(expected[m], b.joinedAndChurnedCustomers(), () -> "month " + b.period());
            assertEquals(b, MrrMovements.bridge(ledger, b.period()));
        }
    }

    @Property
    void inputOrderNeverChangesAnyOutput(@ForAll("rows") List<Row> rows, @ForAll long seed) {
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        MrrLedger a = build(rows, 1, MovementConventions.defaults());
        MrrLedger b = build(shuffled, 1, MovementConventions.defaults());
        assertEquals(MrrMovements.monthly(a), MrrMovements.monthly(b));
        ReportingPeriod all = ReportingPeriod.months(START.plusMonths(1), START.plusMonths(14));
        assertEquals(MrrMovements.movements(a, all), MrrMovements.movements(b, all));
        assertEquals(a.customers(), b.customers());
    }

    @Property
    void bridgesOfCustomerPartsMergeIntoTheWhole(@ForAll("rows") List<Row> rows, @ForAll @IntRange(min = 2, max = 4) int parts) {
        MrrLedger whole = build(rows, 1, MovementConventions.defaults());
        MrrBridgeTable expected = MrrMovements.monthly(whole);
        List<MrrBridge> merged = null;
        for (int p = 0; p < parts; p++) {
            int part = p;
            MrrBridgeTable t = MrrMovements.monthly(whole.filter(id -> Math.floorMod(id.value().hashCode(), parts) == part));
            if (merged == null) {
                merged = new ArrayList<>(t);
            } else {
                for (int i = 0; i < t.size(); i++) {
                    merged.set(i, merged.get(i).plus(t.get(i)));
                }
            }
        }
        assertEquals(expected.bridges(), merged);
    }

    @Property
    void slicesOfAnyCountMergeIntoTheWhole(@ForAll("rows") List<Row> rows, @ForAll @IntRange(min = 1, max = 7) int parts) {
        MrrLedger whole = build(rows, 1, MovementConventions.defaults());
        List<MrrLedger> slices = LedgerView.slices(whole, parts);
        MrrBridgeTable merged = MrrMovements.monthly(slices.get(0));
        int customers = slices.get(0).customerCount();
        for (int i = 1; i < slices.size(); i++) {
            merged = merged.plus(MrrMovements.monthly(slices.get(i)));
            customers += slices.get(i).customerCount();
        }
        assertEquals(MrrMovements.monthly(whole), merged);
        assertEquals(whole.customerCount(), customers);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            assertEquals(MrrMovements.monthly(whole), whole.fold(MrrMovements.monthlyFold(), parts, pool));
        } finally {
            pool.shutdown();
        }
    }

    @Property
    void scalingEveryPriceScalesEveryMovement(@ForAll("rows") List<Row> rows, @ForAll @IntRange(min = 2, max = 1000) int k) {
        MrrBridgeTable base = MrrMovements.monthly(build(rows, 1, MovementConventions.defaults()));
        MrrBridgeTable scaled = MrrMovements.monthly(build(rows, k, MovementConventions.defaults()));
        for (int i = 0; i < base.size(); i++) {
            MrrBridge b = base.get(i);
            MrrBridge s = scaled.get(i);
            assertEquals(b.newBusiness().times(k), s.newBusiness());
            assertEquals(b.expansion().times(k), s.expansion());
            assertEquals(b.contraction().times(k), s.contraction());
            assertEquals(b.churn().times(k), s.churn());
            assertEquals(b.reactivation().times(k), s.reactivation());
            assertEquals(b.end().times(k), s.end());
            assertEquals(b.customersAtEnd(), s.customersAtEnd());
        }
    }

    @Property
    void eachCustomersSignedMovementsSumToItsLastMrr(@ForAll("rows") List<Row> rows) {
        MrrLedger ledger = build(rows, 1, MovementConventions.defaults());
        ReportingPeriod all = ReportingPeriod.months(START.plusMonths(1), START.plusMonths(14));
        Map<CustomerId, Money> sums = new HashMap<>();
        for (MrrMovement m : MrrMovements.movements(ledger, all)) {
            sums.merge(m.customer(), m.signedAmount(), Money::plus);
        }
        for (CustomerId c : ledger.customers()) {
            Money opening = ledger.mrr(c, START);
            Money last = ledger.mrr(c, START.plusMonths(14));
            assertEquals(last, opening.plus(sums.getOrDefault(c, Money.zero(USD))), c::value);
        }
    }

    @Provide
    Arbitrary<List<Subscription>> subscriptions() {
        Arbitrary<Subscription> sub = Combinators.combine(
                Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(0, 500),
                Arbitraries.integers().between(0, 300),
                Arbitraries.of(BillingInterval.monthly(), BillingInterval.quarterly(), BillingInterval.annual(),
                        BillingInterval.weekly(), BillingInterval.every(2, BillingInterval.Unit.YEAR)),
                Arbitraries.longs().between(0, 50_000),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 4))
                .as((customer, startDay, length, interval, price, quantity, extra) -> {
                    LocalDate start = LocalDate.of(2023, 6, 1).plusDays(startDay);
                    var b = Subscription.builder("s", "c" + customer).price(Money.ofMinor(USD, price)).quantity(quantity)
                            .interval(interval).start(start);
                    if (length < 250) {
                        b.end(start.plusDays(length));
                    }
                    switch (extra) {
                        case 1 -> b.trialEnd(start.plusDays(14));
                        case 2 -> b.discount(Discount.percentRepeating(new BigDecimal("25"), 3));
                        case 3 -> b.status(start.plusDays(40), SubscriptionStatus.PAST_DUE)
                                .status(start.plusDays(100), SubscriptionStatus.ACTIVE);
                        case 4 -> b.status(start.plusDays(20), SubscriptionStatus.PAUSED);
                        default -> { }
                    }
                    return b.build();
                });
        return sub.list().ofMaxSize(25).map(list -> {
            List<Subscription> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Subscription s = list.get(i);
                out.add(new Subscription("s" + i, s.customer(), s.plan(), s.unitPrice(), s.quantity(), s.interval(),
                        s.start(), s.end(), s.cancelRequestedAt(), s.trialEnd(), s.statusChanges(), s.discounts()));
            }
            return out;
        });
    }

    @Property
    void subscriptionLedgersBridgeExactlyInAnyOrder(@ForAll("subscriptions") List<Subscription> subs,
            @ForAll ChurnRecognition churn, @ForAll long seed) {
        MrrConventions conventions = MrrConventions.defaults().withChurnRecognition(churn);
        ReportingPeriod period = ReportingPeriod.months(YearMonth.of(2023, 7), YearMonth.of(2024, 12));
        MrrLedger ledger = MrrLedger.fromSubscriptions(subs, period, conventions, USD);
        List<Subscription> shuffled = new ArrayList<>(subs);
        Collections.shuffle(shuffled, new Random(seed));
        MrrLedger again = MrrLedger.fromSubscriptions(shuffled, period, conventions, USD);
        MrrBridgeTable table = MrrMovements.monthly(ledger);
        assertEquals(table, MrrMovements.monthly(again));
        assertEquals(18, table.size());
        for (MrrBridge b : table) {
            assertEquals(ledger.total(b.period().firstMonth()), b.end());
        }
    }

    /** The bridge's specialised pass ({@code BridgeAccumulator.addCustomer}) against the generic walk it specialises. */
    @Property
    void theBridgesFastPassEqualsTheGenericWalk(@ForAll("subscriptions") List<Subscription> subs,
            @ForAll("rows") List<Row> rows, @ForAll boolean asExpansion, @ForAll @IntRange(min = 1, max = 18) int from,
            @ForAll @IntRange(min = 0, max = 17) int length) {
        Currency eur = Currency.getInstance("EUR");
        ExchangeRates.Builder rates = ExchangeRates.builder(USD);
        for (int m = 0; m < 24; m++) {
            rates.rate(eur, LocalDate.of(2023, 6, 1).plusMonths(m), new BigDecimal("1.05").add(BigDecimal.valueOf(m % 5, 2)));
        }
        List<Subscription> mixed = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            Subscription x = subs.get(i);
            mixed.add(i % 2 == 0 ? x : new Subscription(x.id(), x.customer(), x.plan(),
                    Money.ofMinor(eur, x.unitPrice().minorUnits()), x.quantity(), x.interval(), x.start(), x.end(),
                    x.cancelRequestedAt(), x.trialEnd(), x.statusChanges(), x.discounts()));
        }
        ReactivationReporting reporting = asExpansion ? ReactivationReporting.AS_EXPANSION
                : ReactivationReporting.AS_REACTIVATION;
        MrrLedger withFx = MrrLedger.fromSubscriptions(mixed,
                ReportingPeriod.months(YearMonth.of(2023, 7), YearMonth.of(2024, 12)), MrrConventions.defaults(),
                rates.build()).withMovementConventions(MovementConventions.defaults().withReactivation(reporting));
        var b = MrrLedger.builder(USD).months(START, START.plusMonths(14));
        java.util.Set<String> paid = new java.util.HashSet<>();
        for (Row r : rows) {
            if (r.minor() != 0) {
                paid.add(r.customer() + "@" + r.month());
            }
        }
        for (Row r : rows) {
            if (r.minor() == 0 && r.month() > 0 && !paid.contains(r.customer() + "@" + r.month())) {
                b.paidBetween(CustomerId.of(r.customer()), START.plusMonths(r.month()));
            } else {
                b.add(CustomerId.of(r.customer()), START.plusMonths(r.month()), r.minor());
            }
        }
        MrrLedger withBetween = b.movementConventions(MovementConventions.defaults().withReactivation(reporting)).build();
        for (MrrLedger ledger : List.of(withFx, withBetween)) {
            // Every bridge month; without FX the adds are unchecked.
            ReportingPeriod whole = ReportingPeriod.months(ledger.month(1), ledger.lastMonth());
            assertEquals(ledger.fold(new GenericWalk(whole, false)), MrrMovements.monthly(ledger).bridges());
            assertEquals(ledger.fold(new GenericWalk(whole, true)).get(0), MrrMovements.bridge(ledger, whole));
            int first = Math.min(from, ledger.monthCount() - 1);
            int last = Math.min(first + length, ledger.monthCount() - 1);
            ReportingPeriod period = ReportingPeriod.months(ledger.month(first), ledger.month(last));
            assertEquals(ledger.fold(new GenericWalk(period, false)), MrrMovements.monthly(ledger, period));
            assertEquals(ledger.fold(new GenericWalk(period, true)).get(0), MrrMovements.bridge(ledger, period));
        }
    }

    /** The bridge through {@link BridgeWalk} and the accumulator's sink methods, as before the fast pass. */
    private static final class GenericWalk implements io.github.saasmetrics.ledger.LedgerFold<BridgeAccumulator, List<MrrBridge>> {
        private final ReportingPeriod period;
        private final boolean total;

        GenericWalk(ReportingPeriod period, boolean total) {
            this.period = period;
            this.total = total;
        }

        @Override
        public BridgeAccumulator newAccumulator(MrrLedger ledger) {
            var range = ledger.monthRange(period);
            return BridgeAccumulator.of(ledger, range.first(), range.last(), ledger.movementConventions().reactivation());
        }

        @Override
        public void add(BridgeAccumulator acc, io.github.saasmetrics.ledger.CustomerTimeline customer) {
            BridgeWalk.walk(customer, acc.first(), acc.last(), acc.asExpansion(), acc);
        }

        @Override
        public BridgeAccumulator merge(BridgeAccumulator left, BridgeAccumulator right) {
            return left.addAll(right);
        }

        @Override
        public List<MrrBridge> finish(BridgeAccumulator acc) {
            return total ? List.of(acc.total()) : acc.monthly();
        }
    }
}
