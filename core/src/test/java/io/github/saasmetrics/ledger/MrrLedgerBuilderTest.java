package io.github.saasmetrics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrMovements;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class MrrLedgerBuilderTest {

    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth JAN = YearMonth.of(2024, 1);
    static final YearMonth FEB = YearMonth.of(2024, 2);

    @Test
    void epochMonthsCountMonthsSinceJanuaryOfYearZero() {
        assertEquals(24_290, MrrLedgerBuilder.epochMonth(YearMonth.of(2024, 3)));
        assertEquals(0, MrrLedgerBuilder.epochMonth(YearMonth.of(0, 1)));
        assertEquals(119_999, MrrLedgerBuilder.epochMonth(YearMonth.of(9999, 12)));
        assertEquals(YearMonth.of(2024, 3), MrrLedgerBuilder.ofEpochMonth(24_290));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MrrLedgerBuilder.ofEpochMonth(120_000));
        assertEquals("epoch month 120000 is outside 0..119999, the supported months 0000-01..9999-12", e.getMessage());
    }

    @Test
    void columnsAndRowsBuildTheSameLedger() {
        MrrLedger rows = MrrLedger.builder(USD)
                .add(CustomerId.of("b"), FEB, 2000)
                .add(CustomerId.of("a"), JAN, 1000)
                .add(CustomerId.of("a"), JAN, 500)
                .add(CustomerId.of("c"), FEB, 0)
                .build();
        MrrLedger columns = MrrLedger.builder(USD)
                .addAll(new String[] {"b", "a", "a", "c"}, new int[] {24_289, 24_288, 24_288, 24_289},
                        new long[] {2000, 1000, 500, 0})
                .build();
        MrrLedger yearMonths = MrrLedger.builder(USD)
                .addAll(new String[] {"c", "a", "b", "a"}, new YearMonth[] {FEB, JAN, FEB, JAN},
                        new long[] {0, 500, 2000, 1000})
                .build();
        assertEquals(rows, columns);
        assertEquals(rows, yearMonths);
        assertEquals(rows.hashCode(), columns.hashCode());
        assertEquals(List.of(CustomerId.of("a"), CustomerId.of("b"), CustomerId.of("c")), columns.customers());
        assertEquals(Money.parse("USD 15.00"), columns.mrr(CustomerId.of("a"), JAN));
        assertEquals(2, columns.rowCount());
        assertEquals(YearMonth.of(2023, 12), columns.firstMonth());
    }

    @Test
    void numericKeysAreTheirDecimalText() {
        MrrLedger keys = MrrLedger.builder(USD)
                .addAll(new long[] {10, 9, -3, 10}, new YearMonth[] {JAN, JAN, FEB, FEB}, new long[] {100, 200, 300, 400})
                .build();
        // Customers sort as text: "-3" < "10" < "9".
        assertEquals(List.of(CustomerId.of("-3"), CustomerId.of("10"), CustomerId.of("9")), keys.customers());
        MrrLedger texts = MrrLedger.builder(USD)
                .add("10", "2024-01", "USD 1.00").add("9", "2024-01", "USD 2.00")
                .add("-3", "2024-02", "USD 3.00").add(10L, FEB, 400)
                .build();
        assertEquals(keys, texts);
        assertEquals(0, keys.customerIndex(CustomerId.of("-3")));
        assertTrue(keys.customerIndex(CustomerId.of("11")) < 0);
        MrrLedger extremes = MrrLedger.builder(USD)
                .addAll(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, new int[] {24_288, 24_288}, new long[] {1, 2})
                .build();
        assertEquals(List.of(CustomerId.of("-9223372036854775808"), CustomerId.of("9223372036854775807")),
                extremes.customers());
    }

    @Test
    void identifiersBeyondLatin1SortAsStrings() {
        List<String> ids = new ArrayList<>(List.of("zeta", "\u00e9lan", "\u4e2d\u6587", "\ud83d\ude00 smile", "Zeta",
                "\uffff", "a", "ab", "a\u0100"));
        MrrLedgerBuilder b = MrrLedger.builder(USD);
        for (String id : ids) {
            b.add(CustomerId.of(id), JAN, 100);
        }
        MrrLedger ledger = b.build();
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(sorted, ledger.customers().stream().map(CustomerId::value).toList());
        for (String id : ids) {
            assertEquals(CustomerId.of(id), ledger.customer(ledger.customerIndex(CustomerId.of(id))));
        }
        assertEquals(ledger, b.build(3, Runnable::run));
    }

    @Test
    void identifiersThatShareLongPrefixesSortInFull() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ids.add("tenant-eu-west-1/account/" + (i % 7) + "/customer-" + Integer.toString(i * 7919 % 1000, 36));
        }
        ids.add("tenant-eu-west-1/account/");
        MrrLedgerBuilder b = MrrLedger.builder(USD);
        ids.forEach(id -> b.add(CustomerId.of(id), JAN, 1));
        List<String> sorted = ids.stream().distinct().sorted().toList();
        assertEquals(sorted, b.build().customers().stream().map(CustomerId::value).toList());
    }

    /** Enough customers and rows that every step of the build splits work: buckets, rank ranges, parts. */
    @Test
    void aLargeShuffledBuildMatchesAPlainModelAndEveryParallelSplit() {
        SplittableRandom random = new SplittableRandom(42);
        int n = 40_000;
        String[] ids = new String[n];
        int[] months = new int[n];
        long[] mrr = new long[n];
        Map<String, TreeMap<Integer, Long>> model = new TreeMap<>();
        int jan = MrrLedgerBuilder.epochMonth(JAN);
        for (int i = 0; i < n; i++) {
            ids[i] = "cus_" + random.nextInt(3_000);
            months[i] = jan + random.nextInt(24);
            mrr[i] = random.nextInt(4) == 0 ? 0 : random.nextLong(1, 100_000);
            model.computeIfAbsent(ids[i], k -> new TreeMap<>()).merge(months[i], mrr[i], Long::sum);
        }
        MrrLedgerBuilder b = MrrLedger.builder(USD).addAll(ids, months, mrr);
        MrrLedger ledger = b.build();
        assertEquals(model.size(), ledger.customerCount());
        int c = 0;
        long rows = 0;
        for (var e : model.entrySet()) {
            assertEquals(CustomerId.of(e.getKey()), ledger.customer(c));
            for (var m : e.getValue().entrySet()) {
                assertEquals(m.getValue(), ledger.mrrMinor(c, m.getKey() - jan + 1));
                rows += m.getValue() == 0 ? 0 : 1;
            }
            c++;
        }
        assertEquals(rows, ledger.rowCount());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int parts : new int[] {2, 3, 8}) {
                MrrLedger parallel = b.build(parts, pool);
                assertEquals(ledger, parallel);
                assertEquals(MrrMovements.monthly(ledger), MrrMovements.monthly(parallel));
            }
        } finally {
            pool.shutdownNow();
        }
        long[] keys = Arrays.stream(ids).mapToLong(id -> Long.parseLong(id.substring(4))).toArray();
        MrrLedger byKey = MrrLedger.builder(USD).addAll(keys, months, mrr).build();
        assertEquals(ledger.rowCount(), byKey.rowCount());
        assertEquals(MrrMovements.monthly(ledger), MrrMovements.monthly(byKey));
    }

    /** Too many months for a counting sort by (customer, month): each customer's rows are sorted by month apart. */
    @Test
    void aLedgerOfThousandsOfMonthsMatchesAPlainModel() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 30_000;
        long[] keys = new long[n];
        int[] months = new int[n];
        long[] mrr = new long[n];
        Map<String, TreeMap<Integer, Long>> model = new TreeMap<>();
        int first = MrrLedgerBuilder.epochMonth(YearMonth.of(100, 1));
        for (int i = 0; i < n; i++) {
            keys[i] = random.nextInt(9_000);
            months[i] = first + random.nextInt(30_000);
            mrr[i] = random.nextLong(1, 1_000);
            model.computeIfAbsent(Long.toString(keys[i]), k -> new TreeMap<>()).merge(months[i], mrr[i], Long::sum);
        }
        MrrLedger ledger = MrrLedger.builder(USD).addAll(keys, months, mrr).build();
        int lo = MrrLedgerBuilder.epochMonth(ledger.firstMonth());
        int c = 0;
        for (var e : model.entrySet()) {
            assertEquals(CustomerId.of(e.getKey()), ledger.customer(c));
            for (var m : e.getValue().entrySet()) {
                assertEquals(m.getValue(), ledger.mrrMinor(c, m.getKey() - lo));
            }
            c++;
        }
        assertEquals(model.values().stream().mapToInt(Map::size).sum(), ledger.rowCount());
        assertEquals(ledger, MrrLedger.builder(USD).addAll(keys, months, mrr).build(3, Runnable::run));
    }

    @Test
    void duplicatesAreSummedUnlessRejected() {
        MrrLedgerBuilder b = MrrLedger.builder(USD)
                .add(CustomerId.of("a"), JAN, 1000)
                .add(CustomerId.of("b"), JAN, 700)
                .add(CustomerId.of("a"), JAN, 250);
        assertEquals(1250, b.build().mrrMinor(0, 1));
        b.duplicates(DuplicateRows.REJECT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("customer a has more than one row for 2024-01, and duplicates are rejected (DuplicateRows.REJECT)",
                e.getMessage());
        assertEquals(1250, b.duplicates(DuplicateRows.SUM).build().mrrMinor(0, 1));
    }

    @Test
    void summingPastTheLongRangeNamesTheCustomerAndMonth() {
        MrrLedgerBuilder b = MrrLedger.builder(USD)
                .add(CustomerId.of("whale"), JAN, Long.MAX_VALUE - 10)
                .add(CustomerId.of("whale"), JAN, 11);
        ArithmeticException e = assertThrows(ArithmeticException.class, b::build);
        assertEquals("MRR of customer whale in 2024-01 overflows: the sum of its rows exceeds 9223372036854775807 minor"
                + " units", e.getMessage());
    }

    @Test
    void aMalformedMonthNamesTheArgumentTheCustomerAndTheText() {
        MrrLedgerBuilder b = MrrLedger.builder(USD);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.add("acme", "2024-1", "USD 5.00"));
        assertEquals("month of customer acme must be a year and month such as 2024-03 but was '2024-1'", e.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> b.add(" ", "2024-01", "USD 5.00"));
        assertEquals("customer must not be blank but was ' ' (month '2024-01', mrr 'USD 5.00')", blank.getMessage());
        IllegalArgumentException amount = assertThrows(IllegalArgumentException.class,
                () -> b.add("acme", "2024-01", "five"));
        assertTrue(amount.getMessage().startsWith("mrr of customer acme in 2024-01 must be an amount such as 'USD 99.00'"
                + " but was 'five'"), amount.getMessage());
        assertThrows(CurrencyMismatchException.class, () -> b.add("acme", "2024-01", "EUR 5.00"));
        assertThrows(IllegalStateException.class, b::build);
    }

    @Test
    void monthsFarFromTodayAreRejectedWithTheSupportedRange() {
        MrrLedgerBuilder b = MrrLedger.builder(USD);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.add(CustomerId.of("x"), YearMonth.of(-200_000_000, 5), 100));
        assertEquals("month -200000000-05 of customer x is outside the supported months 0000-01..9999-12 (a ledger"
                + " stores month indices as short, spanning at most 32767 months)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.add(CustomerId.of("x"), YearMonth.of(200_000_000, 5), 100));
        assertThrows(IllegalArgumentException.class, () -> b.add(7L, YearMonth.of(10_000, 1), 100));
        IllegalArgumentException span = assertThrows(IllegalArgumentException.class,
                () -> b.months(YearMonth.of(1, 1), YearMonth.of(9000, 1)));
        assertTrue(span.getMessage().startsWith("a ledger spans at most 32767 months"), span.getMessage());
        b.add(CustomerId.of("old"), YearMonth.of(100, 1), 1).add(CustomerId.of("new"), YearMonth.of(9000, 1), 1);
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("a ledger spans at most 32767 months (month indices are stored as short) but these rows span"
                + " 106802: 0099-12..9000-01", rows.getMessage());
    }

    @Test
    void aBadRowInColumnsNamesItselfAndAddsNothing() {
        MrrLedgerBuilder b = MrrLedger.builder(USD).add(CustomerId.of("kept"), JAN, 100);
        MrrLedger before = b.build();
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> b.addAll(new String[] {"a", "b"}, new int[] {24_288, 24_289}, new long[] {5, -1}));
        assertEquals("MRR of customer b in 2024-02 must not be negative but was USD -0.01", negative.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> b.addAll(new String[] {"a", ""}, new YearMonth[] {JAN, FEB}, new long[] {5, 1}));
        assertEquals("customers[1] (row 1, month 2024-02) must not be blank but was ''", blank.getMessage());
        NullPointerException nullId = assertThrows(NullPointerException.class,
                () -> b.addAll(new String[] {null}, new int[] {24_288}, new long[] {5}));
        assertEquals("customers[0] (row 0, month 2024-01) is null", nullId.getMessage());
        NullPointerException nullMonth = assertThrows(NullPointerException.class,
                () -> b.addAll(new long[] {4}, new YearMonth[] {null}, new long[] {5}));
        assertEquals("months[0] (row 0, customer 4) is null", nullMonth.getMessage());
        IllegalArgumentException month = assertThrows(IllegalArgumentException.class,
                () -> b.addAll(new long[] {1, 2}, new int[] {24_288, -5}, new long[] {5, 5}));
        assertEquals("row 1 of customer 2: epoch month -5 is outside 0..119999, the supported months 0000-01..9999-12",
                month.getMessage());
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
                () -> b.addAll(new String[] {"a"}, new int[] {24_288, 24_289}, new long[] {5}));
        assertEquals("columns must have the same length but customers has 1, months 2 and mrrMinor 1 rows",
                lengths.getMessage());
        assertEquals(before, b.build());
    }

    @Test
    void aRowOutsideTheMonthsSetIsRejectedWhenAddedOrBuilt() {
        MrrLedgerBuilder b = MrrLedger.builder(USD).months(JAN, FEB);
        IllegalArgumentException now = assertThrows(IllegalArgumentException.class,
                () -> b.add(CustomerId.of("late"), YearMonth.of(2024, 3), 100));
        assertEquals("row of customer late in 2024-03 is outside the ledger's months 2024-01..2024-02", now.getMessage());
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> b.addAll(new String[] {"ok", "late"}, new int[] {24_288, 24_290}, new long[] {1, 1}));
        assertEquals("row 1 of customer late in 2024-03 is outside the ledger's months 2024-01..2024-02",
                column.getMessage());
        MrrLedgerBuilder later = MrrLedger.builder(USD).add(CustomerId.of("late"), YearMonth.of(2024, 3), 100)
                .months(JAN, FEB);
        IllegalArgumentException built = assertThrows(IllegalArgumentException.class, later::build);
        assertEquals("row of customer late in 2024-03 is outside the ledger's months 2024-01..2024-02", built.getMessage());
    }

    @Test
    void buildingTwiceGivesEqualLedgersAndLeavesTheBuilderAsItWas() {
        MrrLedgerBuilder b = MrrLedger.builder(USD).add(CustomerId.of("a"), JAN, 100);
        MrrLedger first = b.build();
        assertEquals(first, b.build());
        b.add(CustomerId.of("a"), FEB, 200);
        MrrLedger second = b.build();
        assertNotEquals(first, second);
        assertEquals(2, second.rowCount());
    }

    @Test
    void registrationsFromFirstPaymentsAndActiveDuringMonthsCount() {
        MrrLedger l = MrrLedger.builder(USD)
                .months(YearMonth.of(2023, 12), FEB)
                .addAll(new long[] {1}, new YearMonth[] {FEB}, new long[] {900})
                .firstPaid(CustomerId.of("1"), YearMonth.of(2022, 5))
                .paidBetween(CustomerId.of("2"), JAN)
                .build();
        assertEquals(List.of(CustomerId.of("1"), CustomerId.of("2")), l.customers());
        assertEquals(-19, Timelines.firstPaidMonth(l, CustomerId.of("1")));
        assertTrue(Timelines.paidBetween(l, CustomerId.of("2"), JAN));
        assertFalse(Timelines.paidBetween(l, CustomerId.of("1"), JAN));
        assertEquals(1, l.rowCount());
    }

    @Test
    void parallelBuildChecksItsArguments() {
        MrrLedgerBuilder b = MrrLedger.builder(USD).add(CustomerId.of("a"), JAN, 100);
        assertThrows(IllegalArgumentException.class, () -> b.build(0, Runnable::run));
        assertThrows(NullPointerException.class, () -> b.build(2, null));
        assertEquals(b.build(), b.build(1024, Runnable::run));
    }
}
