package io.github.saasmetrics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.cohort.CohortTable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Every way of building a ledger from the same rows gives the same ledger: any row order, one row
 * at a time or as columns, identifiers as text or as numeric keys, sequentially or in parallel on
 * any number of parts. Rows include duplicates (summed), zero rows, gaps and reactivations.
 */
class LedgerBuildProperties {

    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth START = YearMonth.of(2023, 12);
    private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    @AfterContainer
    static void shutDown() {
        POOL.shutdownNow();
    }

    /** A row: customer number (its identifier is the number in decimal), month after START, MRR. */
    record Row(long customer, int month, long minor) {
        String id() {
            return Long.toString(customer);
        }
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Row> row = Combinators.combine(
                Arbitraries.frequencyOf(
                        Tuple.of(6, Arbitraries.longs().between(0, 40)),
                        Tuple.of(2, Arbitraries.longs().between(-12, 2_000_000)),
                        Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 10L, 100L, 1_000L))),
                Arbitraries.integers().between(0, 20),
                Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.just(0L)),
                        Tuple.of(8, Arbitraries.longs().between(1, 1_000_000))))
                .as(Row::new);
        return row.list().ofMinSize(0).ofMaxSize(300);
    }

    static MrrLedgerBuilder builder() {
        return MrrLedger.builder(USD).months(START, START.plusMonths(20));
    }

    static MrrLedger oneAtATime(List<Row> rows) {
        MrrLedgerBuilder b = builder();
        for (Row r : rows) {
            b.add(CustomerId.of(r.id()), START.plusMonths(r.month()), r.minor());
        }
        return b.build();
    }

    static String[] ids(List<Row> rows) {
        return rows.stream().map(Row::id).toArray(String[]::new);
    }

    static int[] epochMonths(List<Row> rows) {
        return rows.stream().mapToInt(r -> MrrLedgerBuilder.epochMonth(START.plusMonths(r.month()))).toArray();
    }

    static long[] amounts(List<Row> rows) {
        return rows.stream().mapToLong(Row::minor).toArray();
    }

    @Property(tries = 200)
    void anyRowOrderGivesTheSameLedger(@ForAll("rows") List<Row> rows, @ForAll long seed) {
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        MrrLedger a = oneAtATime(rows);
        MrrLedger b = oneAtATime(shuffled);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(MrrMovements.monthly(a), MrrMovements.monthly(b));
    }

    @Property(tries = 200)
    void everyEntryPointGivesTheSameLedger(@ForAll("rows") List<Row> rows) {
        MrrLedger expected = oneAtATime(rows);
        MrrLedger textColumns = builder().addAll(ids(rows), epochMonths(rows), amounts(rows)).build();
        MrrLedger monthColumns = builder().addAll(ids(rows),
                rows.stream().map(r -> START.plusMonths(r.month())).toArray(YearMonth[]::new), amounts(rows)).build();
        MrrLedger keyColumns = builder().addAll(rows.stream().mapToLong(Row::customer).toArray(), epochMonths(rows),
                amounts(rows)).build();
        MrrLedgerBuilder keyRows = builder();
        for (Row r : rows) {
            keyRows.add(r.customer(), START.plusMonths(r.month()), r.minor());
        }
        // Half the rows by key, half by text: a key is the customer its decimal text names.
        MrrLedgerBuilder mixed = builder();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (i % 2 == 0) {
                mixed.add(r.customer(), START.plusMonths(r.month()), r.minor());
            } else {
                mixed.add(CustomerId.of(r.id()), START.plusMonths(r.month()), r.minor());
            }
        }
        // Half as CustomerId rows, half as one-row text columns: the same customers either way.
        MrrLedgerBuilder objectsAndTexts = builder();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (i % 2 == 0) {
                objectsAndTexts.add(CustomerId.of(r.id()), START.plusMonths(r.month()), r.minor());
            } else {
                objectsAndTexts.addAll(new String[] {r.id()}, new int[] {epochMonths(List.of(r))[0]}, new long[] {r.minor()});
            }
        }
        MrrLedgerBuilder chunks = builder();
        int half = rows.size() / 2;
        chunks.addAll(ids(rows.subList(0, half)), epochMonths(rows.subList(0, half)), amounts(rows.subList(0, half)));
        chunks.addAll(ids(rows.subList(half, rows.size())), epochMonths(rows.subList(half, rows.size())),
                amounts(rows.subList(half, rows.size())));
        for (MrrLedger other : List.of(textColumns, monthColumns, keyColumns, keyRows.build(), mixed.build(),
                objectsAndTexts.build(), chunks.build())) {
            assertEquals(expected, other);
            assertEquals(MrrMovements.monthly(expected), MrrMovements.monthly(other));
        }
    }

    @Property(tries = 150)
    void parallelBuildEqualsSequential(@ForAll("rows") List<Row> rows) {
        MrrLedgerBuilder b = builder().addAll(ids(rows), epochMonths(rows), amounts(rows));
        MrrLedger sequential = b.build();
        for (int parts : new int[] {2, 3, 7}) {
            MrrLedger parallel = b.build(parts, POOL);
            assertEquals(sequential, parallel, parts + " parts");
            assertEquals(MrrMovements.monthly(sequential), MrrMovements.monthly(parallel));
            assertEquals(CohortTable.of(sequential), CohortTable.of(parallel));
        }
    }

    @Property(tries = 200)
    void ledgerHoldsTheSummedRows(@ForAll("rows") List<Row> rows) {
        Map<String, TreeMap<Integer, Long>> model = new TreeMap<>();
        for (Row r : rows) {
            model.computeIfAbsent(r.id(), k -> new TreeMap<>()).merge(r.month(), r.minor(), Long::sum);
        }
        MrrLedger ledger = oneAtATime(rows);
        assertEquals(model.keySet().stream().map(CustomerId::of).toList(), ledger.customers());
        long stored = 0;
        for (var e : model.entrySet()) {
            CustomerId c = CustomerId.of(e.getKey());
            int index = ledger.customerIndex(c);
            assertEquals(c, ledger.customer(index));
            Integer firstPaid = null;
            for (int m = 0; m <= 20; m++) {
                long expected = e.getValue().getOrDefault(m, 0L);
                assertEquals(expected, ledger.mrr(c, START.plusMonths(m)).minorUnits());
                if (expected != 0) {
                    stored++;
                    firstPaid = firstPaid == null ? m : firstPaid;
                }
            }
            assertEquals(firstPaid == null ? java.util.Optional.empty()
                    : java.util.Optional.of(START.plusMonths(firstPaid)), ledger.firstPaidMonth(c));
        }
        assertEquals(stored, ledger.rowCount());
    }

    @Property(tries = 200)
    void rejectingDuplicatesFailsExactlyWhenACustomerMonthRepeats(@ForAll("rows") List<Row> rows) {
        TreeSet<String> seen = new TreeSet<>();
        String firstRepeat = null;
        for (Row r : rows) {
            if (!seen.add(r.id() + "@" + r.month()) && firstRepeat == null) {
                firstRepeat = r.id();
            }
        }
        MrrLedgerBuilder b = builder().addAll(ids(rows), epochMonths(rows), amounts(rows))
                .duplicates(DuplicateRows.REJECT);
        if (firstRepeat == null) {
            assertEquals(oneAtATime(rows), b.build());
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
            assertEquals(true, e.getMessage().contains("has more than one row for"), e.getMessage());
            // The builder is unchanged: summing now builds the same ledger as before.
            assertEquals(oneAtATime(rows), b.duplicates(DuplicateRows.SUM).build());
        }
    }

    @Property(tries = 100)
    void aFilteredLedgerEqualsTheLedgerOfItsCustomersRows(@ForAll("rows") List<Row> rows,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 3) int parts) {
        MrrLedger ledger = oneAtATime(rows);
        for (int p = 0; p < parts; p++) {
            int part = p;
            MrrLedger kept = ledger.filter(c -> ledger.customerIndex(c) % parts == part);
            MrrLedgerBuilder b = builder();
            for (Row r : rows) {
                if (ledger.customerIndex(CustomerId.of(r.id())) % parts == part) {
                    b.add(CustomerId.of(r.id()), START.plusMonths(r.month()), r.minor());
                }
            }
            assertEquals(b.build(), kept);
        }
    }
}
