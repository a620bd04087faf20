package io.github.saasmetrics.ltv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CohortLtvTest {

    private static final Currency USD = Currency.getInstance("USD");

    private static Money usd(String amount) {
        return Money.of("USD", amount);
    }

    /** Four customers at $100; one churns after age 0, another after age 1, one expands to $150 at age 2. */
    private static final List<List<Money>> CUSTOMERS = List.of(
            List.of(usd("100"), usd("100"), usd("150"), usd("150")),
            List.of(usd("100"), usd("100"), usd("100")),
            List.of(usd("100"), usd("100"), usd("0"), usd("0")),
            List.of(usd("100")));

    @Test
    void workedExample() {
        CohortLtv cohort = CohortLtv.of(4, usd("400"), usd("300"), usd("250"), usd("150"));
        assertEquals(usd("100.00"), cohort.cumulativePerCustomer(0));
        assertEquals(usd("175.00"), cohort.cumulativePerCustomer(1));
        assertEquals(usd("237.50"), cohort.cumulativePerCustomer(2));
        assertEquals(usd("275.00"), cohort.cumulativePerCustomer(3));
        // (400 + 300/1.01 + 250/1.01² + 150/1.01³) / 4 = 271.923…; in arrears / 1.01 = 269.2307…
        assertEquals(usd("271.92"), cohort.discountedPerCustomer(3, 0.01, PaymentTiming.IN_ADVANCE));
        assertEquals(usd("269.23"), cohort.discountedPerCustomer(3, 0.01, PaymentTiming.IN_ARREARS));
        assertEquals(usd("275.00"), cohort.discountedPerCustomer(3, 0, PaymentTiming.IN_ARREARS));
        // At renewal age 0 is left out: (300/1.01 + 250/1.01² + 150/1.01³) / 4 = 171.923…
        assertEquals(usd("171.92"), cohort.discountedPerCustomer(3, 0.01, PaymentTiming.AT_RENEWAL));
        assertEquals(usd("0.00"), cohort.discountedPerCustomer(0, 0.01, PaymentTiming.AT_RENEWAL));
        assertEquals(4, cohort.ages());
        assertEquals(USD, cohort.currency());
        // The text and Markdown forms are the typed table's (CohortLtvTableTest has its text).
        assertEquals(cohort.toTable().toText(), cohort.toString());
        assertTrue(cohort.toString().endsWith("  3         150.00                         275.00"), cohort.toString());
        assertEquals(cohort.toTable().toMarkdown(), cohort.toMarkdown());
        assertTrue(cohort.toMarkdown().contains("| 2 | 250.00 | 237.50 |"), cohort.toMarkdown());
    }

    @Test
    void accumulatorAndCollectorGiveTheSameCohort() {
        CohortLtv expected = CohortLtv.of(4, usd("400"), usd("300"), usd("250"), usd("150"));
        CohortLtv.Accumulator acc = CohortLtv.accumulator(USD, 4);
        CUSTOMERS.forEach(acc::addCustomer);
        assertEquals(expected, acc.toCohortLtv());
        assertEquals(expected, CUSTOMERS.stream().collect(CohortLtv.toCohortLtv(USD, 4)));
        assertEquals(expected, CUSTOMERS.parallelStream().collect(CohortLtv.toCohortLtv(USD, 4)));
        // The primitive path a columnar ledger adapter uses.
        CohortLtv.Accumulator rows = CohortLtv.accumulator(USD, 4);
        rows.addCustomer().addRevenue(0, 10000).addRevenue(1, 10000).addRevenue(2, 15000).addRevenue(3, 15000);
        rows.addCustomer().addRevenue(0, 10000).addRevenue(1, 10000).addRevenue(2, 10000);
        rows.addCustomer().addRevenue(0, 10000).addRevenue(1, 10000);
        rows.addCustomer().addRevenue(0, 10000);
        assertEquals(expected, rows.toCohortLtv());
    }

    @Test
    void partsMergeToTheWhole() {
        CohortLtv first = Stream.of(CUSTOMERS.get(0), CUSTOMERS.get(1)).collect(CohortLtv.toCohortLtv(USD, 4));
        CohortLtv second = Stream.of(CUSTOMERS.get(2), CUSTOMERS.get(3)).collect(CohortLtv.toCohortLtv(USD, 4));
        assertEquals(CUSTOMERS.stream().collect(CohortLtv.toCohortLtv(USD, 4)), first.plus(second));
        assertEquals(first.plus(second), second.plus(first));
        assertEquals("cannot pool cohorts observed for 4 and 3 ages; truncate the longer one first",
                assertThrows(IllegalArgumentException.class, () -> first.plus(second.truncatedTo(3))).getMessage());
        assertEquals(CohortLtv.of(2, usd("200"), usd("200"), usd("250")), first.truncatedTo(3));
    }

    @Test
    void edgeCasesAndBadInput() {
        CohortLtv empty = CohortLtv.accumulator(USD, 2).toCohortLtv();
        assertEquals("the cohort has no customers, so revenue per customer is undefined",
                assertThrows(IllegalStateException.class, () -> empty.cumulativePerCustomer(0)).getMessage());
        CohortLtv cohort = CohortLtv.of(1, usd("10"));
        assertEquals("age must be from 0 to 0 (the observed ages) but was 1",
                assertThrows(IllegalArgumentException.class, () -> cohort.cumulativePerCustomer(1)).getMessage());
        assertEquals("revenue at age 0 must not be negative but was USD -1.00",
                assertThrows(IllegalArgumentException.class, () -> CohortLtv.of(1, usd("-1"))).getMessage());
        assertEquals("a cohort of 0 customers cannot have revenue but age 0 has USD 1.00",
                assertThrows(IllegalArgumentException.class, () -> CohortLtv.of(0, usd("1"))).getMessage());
        assertThrows(CurrencyMismatchException.class, () -> CohortLtv.of(1, usd("1"), Money.of("EUR", "1")));
        assertThrows(IllegalArgumentException.class, () -> CohortLtv.of(1));
        assertEquals("a customer's revenue covers 5 ages but only 4 were observed", assertThrows(
                IllegalArgumentException.class, () -> CohortLtv.accumulator(USD, 4).addCustomer(
                        List.of(usd("1"), usd("1"), usd("1"), usd("1"), usd("1")))).getMessage());
        assertEquals("age must be from 0 to 3 but was 4", assertThrows(IllegalArgumentException.class,
                () -> CohortLtv.accumulator(USD, 4).addRevenue(4, 1)).getMessage());
        assertThrows(CurrencyMismatchException.class,
                () -> CohortLtv.accumulator(USD, 1).addCustomer(List.of(Money.of("EUR", "1"))));
    }

    @Test
    void agesAreCheckedAtBothEnds() {
        CohortLtv cohort = CohortLtv.of(2, usd("200"), usd("100"), usd("50"));
        String outside = "age must be from 0 to 2 (the observed ages) but was ";
        assertEquals(outside + "-1", assertThrows(IllegalArgumentException.class,
                () -> cohort.cumulativePerCustomer(-1)).getMessage());
        assertEquals(outside + "3", assertThrows(IllegalArgumentException.class,
                () -> cohort.cumulativePerCustomer(3)).getMessage());
        assertEquals(outside + "-1", assertThrows(IllegalArgumentException.class,
                () -> cohort.discountedPerCustomer(-1, 0.1, PaymentTiming.IN_ADVANCE)).getMessage());
        assertEquals(outside + "3", assertThrows(IllegalArgumentException.class,
                () -> cohort.discountedPerCustomer(3, 0.1, PaymentTiming.IN_ADVANCE)).getMessage());
        // The first and last observed ages are answered.
        assertEquals(usd("100"), cohort.cumulativePerCustomer(0));
        assertEquals(usd("175"), cohort.cumulativePerCustomer(2));
        assertEquals(usd("100"), cohort.discountedPerCustomer(0, 0.1, PaymentTiming.IN_ADVANCE));
        // 100 + 50 / 1.1 + 25 / 1.21 = 166.1157…
        assertEquals(usd("166.12"), cohort.discountedPerCustomer(2, 0.1, PaymentTiming.IN_ADVANCE));
        assertEquals("age must be from 0 to 3 but was -1", assertThrows(IllegalArgumentException.class,
                () -> CohortLtv.accumulator(USD, 4).addRevenue(-1, 1)).getMessage());
        CohortLtv.Accumulator last = CohortLtv.accumulator(USD, 4);
        last.addCustomer();
        last.addRevenue(3, 700);
        assertEquals(CohortLtv.of(1, usd("0"), usd("0"), usd("0"), usd("7")), last.toCohortLtv());
        assertEquals("ages must be at least 1 but was 0", assertThrows(IllegalArgumentException.class,
                () -> CohortLtv.accumulator(USD, 0)).getMessage());
        assertEquals("ages must be from 1 to 3 but was 0", assertThrows(IllegalArgumentException.class,
                () -> cohort.truncatedTo(0)).getMessage());
        assertEquals("ages must be from 1 to 3 but was 4", assertThrows(IllegalArgumentException.class,
                () -> cohort.truncatedTo(4)).getMessage());
        assertEquals(cohort, cohort.truncatedTo(3));
        assertEquals(CohortLtv.of(2, usd("200")), cohort.truncatedTo(1));
        assertEquals("discountRate must be finite and not negative but was -0.1", assertThrows(
                IllegalArgumentException.class, () -> cohort.discountedPerCustomer(1, -0.1, PaymentTiming.IN_ADVANCE))
                .getMessage());
    }

    @Test
    void jsonRoundTrips() {
        String json = JsonRoundTrip.assertRoundTrips(CohortLtv.of(4, usd("400"), usd("300")), CohortLtv.class);
        assertEquals("{\"customers\":4,\"revenueByAge\":[\"USD 400.00\",\"USD 300.00\"]}", json);
    }

    @Property
    void splittingCustomersAnywhereMergesToTheWhole(
            @ForAll @Size(min = 1, max = 30) List<@Size(max = 6) List<@LongRange(min = 0, max = 1_000_000) Long>> customers,
            @ForAll @IntRange(min = 0, max = 30) int cut) {
        int split = Math.min(cut, customers.size());
        CohortLtv.Accumulator whole = CohortLtv.accumulator(USD, 6);
        CohortLtv.Accumulator left = CohortLtv.accumulator(USD, 6);
        CohortLtv.Accumulator right = CohortLtv.accumulator(USD, 6);
        for (int i = 0; i < customers.size(); i++) {
            CohortLtv.Accumulator part = i < split ? left : right;
            for (CohortLtv.Accumulator acc : List.of(whole, part)) {
                acc.addCustomer();
                List<Long> revenue = customers.get(i);
                for (int age = 0; age < revenue.size(); age++) {
                    acc.addRevenue(age, revenue.get(age));
                }
            }
        }
        CohortLtv expected = whole.toCohortLtv();
        assertEquals(expected, left.toCohortLtv().plus(right.toCohortLtv()));
        assertEquals(expected, left.addAll(right).toCohortLtv());
        // Cumulative revenue per customer never falls with age.
        for (int age = 1; age < 6; age++) {
            assertEquals(true, expected.cumulativePerCustomer(age).compareTo(expected.cumulativePerCustomer(age - 1)) >= 0);
        }
    }

    @Test
    void sumsToTheEdgeOfALongAndPastIt() {
        long max = Long.MAX_VALUE;
        CohortLtv full = CohortLtv.of(1, Money.ofMinor(USD, max - 1), Money.ofMinor(USD, 1));
        assertEquals(Money.ofMinor(USD, max), full.cumulativePerCustomer(1));
        CohortLtv over = CohortLtv.of(1, Money.ofMinor(USD, max), Money.ofMinor(USD, 1));
        assertEquals("the cohort's cumulative revenue up to age 1 overflows a long of minor units: USD "
                + "92233720368547758.07 up to age 0 plus USD 0.01 at age 1",
                assertThrows(ArithmeticException.class, () -> over.cumulativePerCustomer(1)).getMessage());

        CohortLtv one = CohortLtv.of(1, Money.ofMinor(USD, 1));
        assertEquals(CohortLtv.of(max, Money.ofMinor(USD, max)),
                CohortLtv.of(max - 1, Money.ofMinor(USD, max - 1)).plus(one));
        ArithmeticException customers = assertThrows(ArithmeticException.class,
                () -> CohortLtv.of(max, Money.ofMinor(USD, 0)).plus(one));
        assertEquals("pooling cohort LTVs: the pooled customers 9223372036854775807 + 1 overflows a long",
                customers.getMessage());
        ArithmeticException revenue = assertThrows(ArithmeticException.class,
                () -> CohortLtv.of(1, Money.ofMinor(USD, max)).plus(one));
        assertEquals(ArithmeticException.class, revenue.getCause().getClass());
        assertEquals("pooling cohort LTVs: the pooled revenue at age 0 overflows a long (USD 92233720368547758.07 + "
                + "USD 0.01 overflows a long of minor units)", revenue.getMessage());

        CohortLtv.Accumulator acc = CohortLtv.accumulator(USD, 2).addRevenue(1, max - 1).addRevenue(1, 1);
        assertEquals("the cohort's revenue at age 1 overflows a long of minor units: USD 92233720368547758.07 plus "
                + "USD 0.01", assertThrows(ArithmeticException.class, () -> acc.addRevenue(1, 1)).getMessage());
        CohortLtv.Accumulator other = CohortLtv.accumulator(USD, 2).addRevenue(0, max).addCustomer();
        assertEquals(Money.ofMinor(USD, max), CohortLtv.accumulator(USD, 2).addAll(other).toCohortLtv().revenueByAge()
                .get(0));
        // Merged into itself an accumulator doubles; its customers may not wrap around.
        CohortLtv.Accumulator doubling = CohortLtv.accumulator(USD, 1).addCustomer();
        for (int i = 0; i < 62; i++) {
            doubling.addAll(doubling);
        }
        assertEquals(1L << 62, doubling.toCohortLtv().customers());
        assertEquals("the cohort's customers overflow a long: 4611686018427387904 + 4611686018427387904",
                assertThrows(ArithmeticException.class, () -> doubling.addAll(doubling)).getMessage());
    }

    @Test
    void accumulatorsAreLimitedBeforeAllocating() {
        assertEquals(CohortLtv.MAX_AGES, CohortLtv.accumulator(USD, CohortLtv.MAX_AGES).toCohortLtv().ages());
        assertEquals("ages must be at most 32767 but was 32768", assertThrows(IllegalArgumentException.class,
                () -> CohortLtv.accumulator(USD, CohortLtv.MAX_AGES + 1)).getMessage());
        assertEquals("ages must be at least 1 but was 0", assertThrows(IllegalArgumentException.class,
                () -> CohortLtv.toCohortLtv(USD, 0)).getMessage());
        assertEquals("currency XXX has no minor unit, so revenue in minor units of it is meaningless",
                assertThrows(IllegalArgumentException.class,
                        () -> CohortLtv.toCohortLtv(Currency.getInstance("XXX"), 1)).getMessage());
        assertEquals(1, Stream.of(List.of(Money.ofMinor(USD, 5))).collect(CohortLtv.toCohortLtv(USD, 1)).customers());
        // A currency without decimals (JPY) has minor units all the same: yen.
        Currency jpy = Currency.getInstance("JPY");
        assertEquals(Money.ofMinor(jpy, 500), CohortLtv.accumulator(jpy, 1).addRevenue(0, 500).addCustomer()
                .toCohortLtv().revenueByAge().get(0));
    }
}
