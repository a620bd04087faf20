package io.github.saasmetrics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A timeline's lookups by month agree with a plain walk over its paid months. */
class CustomerTimelineTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth M0 = YearMonth.of(2024, 1);

    /** Months around and far outside any ledger's, where the search's bound arithmetic could overflow. */
    private static final int[] FAR = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -40_000, 40_000,
        Integer.MAX_VALUE - 1, Integer.MAX_VALUE};

    /** Per customer and month: the index and MRR the timeline gives, then what a plain walk gives. */
    static final class Lookups extends ListFold<String> {
        @Override
        public void add(List<String> acc, CustomerTimeline t) {
            List<Integer> months = new ArrayList<>();
            for (int m = -3; m <= RandomLedgers.MONTHS + 3; m++) {
                months.add(m);
            }
            for (int m : FAR) {
                months.add(m);
            }
            for (int m : months) {
                int walked = 0;
                while (walked < t.paidMonthCount() && t.paidMonth(walked) < m) {
                    walked++;
                }
                long mrr = walked < t.paidMonthCount() && t.paidMonth(walked) == m ? t.mrr(walked) : 0;
                acc.add(t.id() + "@" + m + ": " + t.paidIndexAtOrAfter(m) + " " + t.mrrAt(m)
                        + " | " + walked + " " + mrr);
            }
        }
    }

    @Provide
    Arbitrary<MrrLedger> ledgers() {
        return RandomLedgers.any();
    }

    @Property
    void lookupsByMonthAgreeWithAWalk(@ForAll("ledgers") MrrLedger ledger) {
        for (String line : ledger.fold(new Lookups())) {
            String[] sides = line.substring(line.indexOf(": ") + 2).split(" \\| ");
            assertEquals(sides[1], sides[0], line);
        }
    }

    @Property
    void theLargestMrrIsTheLargestOfAnyTimeline(@ForAll("ledgers") MrrLedger ledger) {
        long largest = 0;
        for (long[] mrr : ledger.fold(new ListFold<long[]>() {
            @Override
            public void add(List<long[]> acc, CustomerTimeline t) {
                long[] values = new long[t.paidMonthCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = t.mrr(i);
                }
                acc.add(values);
            }
        })) {
            for (long v : mrr) {
                largest = Math.max(largest, v);
            }
        }
        assertEquals(largest, ledger.largestMrr().minorUnits());
    }

    @Test
    void theDocumentedExample() {
        MrrLedger ledger = MrrLedger.builder(USD).months(M0, M0.plusMonths(9))
                .add("a", "2024-03", "USD 1.00").add("a", "2024-04", "USD 2.00").add("a", "2024-08", "USD 3.00")
                .add("b", "2024-02", "USD 0.00").build();
        List<String> seen = ledger.fold(new ListFold<String>() {
            @Override
            public void add(List<String> acc, CustomerTimeline t) {
                StringBuilder sb = new StringBuilder(t.id().value()).append(':');
                for (int m = -1; m <= 9; m++) {
                    sb.append(' ').append(t.paidIndexAtOrAfter(m)).append('/').append(t.mrrAt(m));
                }
                acc.add(sb.toString());
            }
        });
        // a paid at the ends of months 2, 3 and 7; b never.
        assertEquals(List.of(
                "a: 0/0 0/0 0/0 0/100 1/200 2/0 2/0 2/0 2/300 3/0 3/0",
                "b: 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0"), seen);
    }
}
