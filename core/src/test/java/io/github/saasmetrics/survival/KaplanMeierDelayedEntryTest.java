package io.github.saasmetrics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KaplanMeierDelayedEntryTest {

    /** Tenures 2, 3+, 5 observed from 0; 4 and 6+ observed from 2.5. */
    static final List<DelayedEntryTenure> EXAMPLE = List.of(DelayedEntryTenure.churned(0, 2),
            DelayedEntryTenure.censored(0, 3), DelayedEntryTenure.churned(0, 5), DelayedEntryTenure.churned(2.5, 4),
            DelayedEntryTenure.censored(2.5, 6));

    @Test
    void workedExample() {
        SurvivalCurve curve = KaplanMeier.fitDelayedEntry(EXAMPLE);
        // At 2 only the three customers observed from 0 are at risk; at 4 those entered before 4 and still there.
        assertEquals(3, curve.row(0).atRisk());
        assertEquals(2.0 / 3, curve.survival(2), 1e-15);
        assertEquals(3, curve.row(2).atRisk());
        assertEquals(4.0 / 9, curve.survival(4), 1e-15);
        assertEquals(2, curve.row(3).atRisk());
        assertEquals(2.0 / 9, curve.survival(5), 1e-15);
        assertEquals(5, curve.customers());
        assertEquals(2, curve.enteredLate());
        assertEquals(List.of(new EntryCount(2.5, 2)), curve.entries());
        assertEquals(3, curve.churned());
        assertTrue(curve.toString().startsWith("Kaplan–Meier: 5 customers (2 entered late), 3 churned, 2 censored;"),
                curve::toString);
        // The same from arrays.
        assertEquals(curve, KaplanMeier.fitDelayedEntry(new double[] {0, 0, 0, 2.5, 2.5}, new double[] {2, 3, 5, 4, 6},
                new boolean[] {true, false, true, true, false}));
        // Without the delay, the two late customers would wrongly count as at risk from 0.
        assertEquals(0.8, KaplanMeier.fit(Tenure.churned(2), Tenure.censored(3), Tenure.churned(5), Tenure.churned(4),
                Tenure.censored(6)).survival(2), 1e-15);
    }

    @Test
    void anEntryAtAnEventTimeIsNotAtRiskThen() {
        // The customer entering at 2 was active at 2, so the churn at 2 is one of 2, not of 3.
        SurvivalCurve curve = KaplanMeier.fitDelayedEntry(List.of(DelayedEntryTenure.churned(0, 2),
                DelayedEntryTenure.censored(0, 4), DelayedEntryTenure.churned(2, 3)));
        assertEquals(2, curve.row(0).atRisk());
        assertEquals(0.5, curve.survival(2));
        assertEquals(2, curve.row(1).atRisk());
    }

    @Test
    void firstSpellsFromMonths() {
        // First paid March 2022, data from January 2024 (22 months later) to December 2024, still paying.
        assertEquals(DelayedEntryTenure.censored(22, 34), DelayedEntryTenure.ofFirstSpell(YearMonth.of(2022, 3),
                YearMonth.of(2024, 1), YearMonth.of(2024, 12), YearMonth.of(2024, 12)));
        // First paid inside the data: entry 0, as a plain first spell.
        assertEquals(DelayedEntryTenure.of(Tenure.ofFirstSpell(YearMonth.of(2024, 3), YearMonth.of(2024, 5),
                YearMonth.of(2024, 12))), DelayedEntryTenure.ofFirstSpell(YearMonth.of(2024, 3), YearMonth.of(2024, 1),
                YearMonth.of(2024, 5), YearMonth.of(2024, 12)));
        assertEquals(DelayedEntryTenure.churned(6, 9), DelayedEntryTenure.ofFirstSpell(-6, 0, 2, 6));
    }

    @Test
    void badInputIsNamed() {
        assertEquals("time must be after the entry (a customer entering at 3.0 was active then) but was 3.0",
                assertThrows(IllegalArgumentException.class, () -> DelayedEntryTenure.churned(3, 3)).getMessage());
        assertEquals("entry must be finite and not negative but was -1.0",
                assertThrows(IllegalArgumentException.class, () -> DelayedEntryTenure.churned(-1, 3)).getMessage());
        assertEquals("tenures[1] must be after entries[1] = 4.0 but was 2.0", assertThrows(IllegalArgumentException.class,
                () -> KaplanMeier.fitDelayedEntry(new double[] {0, 4}, new double[] {1, 2}, new boolean[] {true, true}))
                .getMessage());
        assertEquals("entries, tenures and churned must have the same length but had 1, 2 and 2", assertThrows(
                IllegalArgumentException.class, () -> KaplanMeier.fitDelayedEntry(new double[] {0}, new double[] {1, 2},
                        new boolean[] {true, true})).getMessage());
        assertThrows(IllegalStateException.class, () -> KaplanMeier.fitDelayedEntry(List.of()));
        assertThrows(IllegalArgumentException.class, () -> DelayedEntryTenure.ofFirstSpell(-3, 0, -1, 5));
        // A curve whose counts do not fit its entries is rejected when read.
        assertThrows(Exception.class, () -> JsonRoundTrip.MAPPER.readValue(JsonRoundTrip.MAPPER
                .writeValueAsString(KaplanMeier.fitDelayedEntry(EXAMPLE)).replace("\"customers\":2", "\"customers\":9"),
                SurvivalCurve.class));
    }

    @Test
    void jsonRoundTrips() {
        String json = JsonRoundTrip.assertRoundTrips(KaplanMeier.fitDelayedEntry(EXAMPLE), SurvivalCurve.class);
        assertTrue(json.contains("\"entries\":[{\"time\":2.5,\"customers\":2}]"), json);
        // A curve without late entries writes no entries at all, as before delayed entry existed.
        String plain = JsonRoundTrip.assertRoundTrips(KaplanMeier.fit(Tenure.churned(2), Tenure.censored(3)),
                SurvivalCurve.class);
        assertTrue(!plain.contains("entries"), plain);
        JsonRoundTrip.assertRoundTrips(DelayedEntryTenure.censored(22, 34), DelayedEntryTenure.class);
        JsonRoundTrip.assertRoundTrips(new EntryCount(2.5, 2), EntryCount.class);
    }

    @Provide
    Arbitrary<List<DelayedEntryTenure>> tenures() {
        return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 15),
                Arbitraries.of(true, false), Arbitraries.frequency(net.jqwik.api.Tuple.of(2, 0), net.jqwik.api.Tuple.of(1, 1)))
                .as((entry, length, churned, late) -> late == 0 ? new DelayedEntryTenure(0, length / 2.0, churned)
                        : new DelayedEntryTenure(entry / 2.0, entry / 2.0 + 0.5 + length / 2.0, churned))
                .list().ofMinSize(1).ofMaxSize(60);
    }

    @Property
    void rowsFollowTheDefinition(@ForAll("tenures") List<DelayedEntryTenure> tenures) {
        SurvivalCurve curve = KaplanMeier.fitDelayedEntry(tenures);
        double s = 1;
        for (SurvivalRow row : curve.rows()) {
            double t = row.time();
            long atRisk = tenures.stream().filter(x -> (x.entry() == 0 || x.entry() < t) && x.time() >= t).count();
            long events = tenures.stream().filter(x -> x.time() == t && x.churned()).count();
            long censored = tenures.stream().filter(x -> x.time() == t && !x.churned()).count();
            assertEquals(atRisk, row.atRisk(), () -> "at risk at " + t);
            assertEquals(events, row.events());
            assertEquals(censored, row.censored());
            s *= 1 - (double) events / atRisk;
            assertEquals(s, row.survival(), 1e-12);
        }
        assertEquals(tenures.size(), curve.customers());
        assertEquals(tenures.stream().filter(x -> x.entry() > 0).count(), curve.enteredLate());
    }

    @Property
    void withoutLateEntriesItIsThePlainFit(@ForAll("tenures") List<DelayedEntryTenure> tenures) {
        List<Tenure> plain = tenures.stream().map(x -> new Tenure(x.time(), x.churned())).toList();
        List<DelayedEntryTenure> fromStart = plain.stream().map(DelayedEntryTenure::of).toList();
        assertEquals(KaplanMeier.fit(plain), KaplanMeier.fitDelayedEntry(fromStart));
    }

    @Property
    void orderAndSplittingNeverChangeTheCurve(@ForAll("tenures") List<DelayedEntryTenure> tenures, @ForAll long seed) {
        SurvivalCurve curve = KaplanMeier.fitDelayedEntry(tenures);
        List<DelayedEntryTenure> shuffled = new ArrayList<>(tenures);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(curve, KaplanMeier.fitDelayedEntry(shuffled));
        int cut = Math.floorMod(seed, tenures.size() + 1);
        if (cut > 0 && cut < tenures.size()) {
            SurvivalCurve a = KaplanMeier.fitDelayedEntry(shuffled.subList(0, cut));
            SurvivalCurve b = KaplanMeier.fitDelayedEntry(shuffled.subList(cut, shuffled.size()));
            assertEquals(curve, a.plus(b));
            KaplanMeier.Accumulator acc = KaplanMeier.accumulator();
            shuffled.subList(0, cut).forEach(acc::add);
            KaplanMeier.Accumulator other = KaplanMeier.accumulator();
            shuffled.subList(cut, shuffled.size()).forEach(other::add);
            assertEquals(curve, acc.addAll(other).toCurve());
        }
        JsonRoundTrip.assertRoundTrips(curve, SurvivalCurve.class);
    }
}
