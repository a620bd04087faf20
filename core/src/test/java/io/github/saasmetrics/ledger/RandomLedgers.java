package io.github.saasmetrics.ledger;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random ledgers for property tests in every package, all over the months {@link #START} to
 * {@code START + MONTHS − 1}: from rows (gaps, returns, rows of one customer and month that add up,
 * zero rows, months paid only between month-ends, first payments before the ledger, every movement
 * convention preset), and from subscriptions in three currencies under exchange rates that move
 * every month (an FX column).
 */
public final class RandomLedgers {

    /** The reporting currency. */
    public static final Currency USD = Currency.getInstance("USD");
    /** The opening month. */
    public static final YearMonth START = YearMonth.of(2023, 12);
    /** The number of months, opening month included. */
    public static final int MONTHS = 15;

    private RandomLedgers() {
    }

    /** A customer-month row; amount 0 registers the customer without MRR; {@code during} marks paid-inside-only. */
    record Row(int customer, int month, long minor, boolean during) { }

    /**
     * Ledgers from either generator.
     *
     * @return the arbitrary
     */
    public static Arbitrary<MrrLedger> any() {
        return Arbitraries.frequencyOf(Tuple.of(2, fromRows()), Tuple.of(1, withFx()));
    }

    /**
     * Ledgers built from rows.
     *
     * @return the arbitrary
     */
    public static Arbitrary<MrrLedger> fromRows() {
        Arbitrary<Row> row = Combinators.combine(
                Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, MONTHS - 1),
                Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.just(0L)),
                        Tuple.of(8, Arbitraries.longs().between(1, 100_000))),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(true)), Tuple.of(12, Arbitraries.just(false))))
                .as(Row::new);
        Arbitrary<Set<Integer>> paidBefore = Arbitraries.integers().between(0, 12).set().ofMaxSize(4);
        Arbitrary<MovementConventions> conventions = Arbitraries.of(MovementConventions.defaults(),
                MovementConventions.chartMogul(), MovementConventions.lago());
        return Combinators.combine(row.list().ofMaxSize(100).withSizeDistribution(RandomDistribution.uniform()), paidBefore, conventions).as(RandomLedgers::build)
                // Combined edge cases would take up every try; uniform sizes reach the empty ledger anyway.
                .withoutEdgeCases();
    }

    private static MrrLedger build(List<Row> rows, Set<Integer> paidBefore, MovementConventions conventions) {
        var b = MrrLedger.builder(USD).months(START, START.plusMonths(MONTHS - 1)).movementConventions(conventions);
        Set<String> paying = new HashSet<>();
        for (Row r : rows) {
            if (!r.during() && r.minor() != 0) {
                paying.add(r.customer() + "@" + r.month());
            }
        }
        for (Row r : rows) {
            CustomerId id = CustomerId.of("c" + r.customer());
            if (r.during()) {
                // A customer with MRR at a month's end was not active during that month only.
                if (!paying.contains(r.customer() + "@" + r.month())) {
                    b.paidBetween(id, START.plusMonths(r.month()));
                }
            } else {
                b.add(id, START.plusMonths(r.month()), r.minor());
            }
            if (paidBefore.contains(r.customer())) {
                b.firstPaid(id, START.minusMonths(1 + r.customer()));
            }
        }
        return b.build();
    }

    /** A subscription's customer, currency, start, length, interval and price. */
    record Sub(int customer, int currency, int startDay, int length, BillingInterval interval, long price) { }

    /**
     * Ledgers built from subscriptions in USD, EUR and GBP, converted at rates that change every month.
     *
     * @return the arbitrary
     */
    public static Arbitrary<MrrLedger> withFx() {
        Arbitrary<Sub> sub = Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 560),
                Arbitraries.integers().between(0, 400),
                Arbitraries.of(BillingInterval.monthly(), BillingInterval.quarterly(), BillingInterval.annual()),
                Arbitraries.longs().between(1, 50_000))
                .as(Sub::new);
        Arbitrary<List<Integer>> rates = Arbitraries.integers().between(70, 160).list().ofSize(2 * 30);
        return Combinators.combine(sub.list().ofMaxSize(25).withSizeDistribution(RandomDistribution.uniform()), rates).as(RandomLedgers::fromSubscriptions).withoutEdgeCases();
    }

    private static MrrLedger fromSubscriptions(List<Sub> subs, List<Integer> rates) {
        String[] currencies = {"USD", "EUR", "GBP"};
        ExchangeRates.Builder fx = ExchangeRates.builder(USD);
        for (int m = 0; m < 30; m++) {
            LocalDate from = LocalDate.of(2023, 1, 1).plusMonths(m);
            fx.rate("EUR", from, BigDecimal.valueOf(rates.get(m), 2).toPlainString());
            fx.rate("GBP", from, BigDecimal.valueOf(rates.get(30 + m) + 10, 2).toPlainString());
        }
        List<Subscription> out = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            Sub s = subs.get(i);
            LocalDate start = LocalDate.of(2023, 6, 1).plusDays(s.startDay());
            var b = Subscription.builder("s" + i, "c" + s.customer())
                    .price(Money.ofMinor(Currency.getInstance(currencies[s.currency()]), s.price()))
                    .interval(s.interval()).start(start);
            if (s.length() < 300) {
                b.end(start.plusDays(s.length()));
            }
            out.add(b.build());
        }
        return MrrLedger.fromSubscriptions(out, ReportingPeriod.months(START.plusMonths(1), START.plusMonths(MONTHS - 1)),
                MrrConventions.defaults(), fx.build());
    }

    /**
     * Periods of whole months that every generated ledger can measure.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ReportingPeriod> periods() {
        return Combinators.combine(Arbitraries.integers().between(1, MONTHS - 1),
                Arbitraries.integers().between(0, MONTHS - 2))
                .as((first, length) -> ReportingPeriod.months(START.plusMonths(first),
                        START.plusMonths(Math.min(MONTHS - 1, first + length))));
    }
}
