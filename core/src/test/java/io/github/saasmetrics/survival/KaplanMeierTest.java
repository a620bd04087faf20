package io.github.saasmetrics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.saasmetrics.JsonRoundTrip;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {

    /** Tenures 1, 2+, 3, 4, 6, 7+ (+ = censored). */
    private static SurvivalCurve small() {
        return KaplanMeier.fit(new double[] {1, 2, 3, 4, 6, 7}, new boolean[] {true, false, true, true, true, false});
    }

    @Test
    void workedExample() {
        SurvivalCurve curve = small();
        assertEquals(6, curve.size());
        assertEquals(5.0 / 6, curve.survival(1), 1e-15);
        assertEquals(0.625, curve.survival(3), 1e-15);
        assertEquals(0.625 * 2 / 3, curve.survival(4), 1e-15);
        assertEquals(0.625 * 2 / 3 / 2, curve.survival(6), 1e-15);
        assertEquals(OptionalDouble.of(4), curve.median().estimate());
        assertEquals(6, curve.customers());
        assertEquals(4, curve.churned());
        assertEquals(2, curve.censored());
        // Greenwood: S(1)² · 1/(6 · 5).
        assertEquals(25.0 / 36 / 30, curve.row(0).variance(), 1e-15);
        SurvivalRow censoredRow = curve.row(1);
        assertEquals(new SurvivalRow(2, 5, 0, 1, curve.survival(1), curve.row(0).stdErr(), curve.row(0).lower(),
                curve.row(0).upper()), censoredRow);
    }

    @Test
    void stepFunctionLookup() {
        SurvivalCurve curve = small();
        assertEquals(1.0, curve.survival(0));
        assertEquals(1.0, curve.survival(0.999));
        assertEquals(5.0 / 6, curve.survival(2.5), 1e-15);
        assertEquals(curve.survival(7), curve.survival(1000));
        assertEquals("t must be finite and not negative but was -1.0",
                assertThrows(IllegalArgumentException.class, () -> curve.survival(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> curve.survival(Double.NaN));
    }

    @Test
    void eventsComeBeforeCensoringsOnTies() {
        // Two at time 2: one churns, one censored. Both are at risk at 2: S(2) = (1 − 1/3) after S(1) = 1.
        SurvivalCurve curve = KaplanMeier.fit(Tenure.censored(2), Tenure.churned(2), Tenure.churned(5));
        assertEquals(1, curve.size() - 1);
        assertEquals(new SurvivalRow(2, 3, 1, 1, 2.0 / 3, curve.row(0).stdErr(), curve.row(0).lower(),
                curve.row(0).upper()), curve.row(0));
        assertEquals(0.0, curve.survival(5));
    }

    @Test
    void zeroSurvivalAndEarlyCensoringGivePointIntervals() {
        // Everyone at risk at time 3 churns: S = 0 there, with a zero standard error and [0, 0].
        SurvivalCurve curve = KaplanMeier.fit(Tenure.censored(0.5), Tenure.churned(1), Tenure.churned(3));
        for (ConfidenceTransform transform : ConfidenceTransform.values()) {
            SurvivalCurve c = curve.withConfidence(transform, 0.9);
            assertEquals(new SurvivalRow(0.5, 3, 0, 1, 1, 0, 1, 1), c.row(0), transform.name());
            assertEquals(new SurvivalRow(3, 1, 1, 0, 0, 0, 0, 0), c.row(2), transform.name());
        }
    }

    @Test
    void badInput() {
        assertEquals("tenures and churned must have the same length but had 2 and 1", assertThrows(
                IllegalArgumentException.class, () -> KaplanMeier.fit(new double[] {1, 2}, new boolean[] {true}))
                .getMessage());
        assertEquals("tenures[1] must be finite and not negative but was -2.0", assertThrows(
                IllegalArgumentException.class, () -> KaplanMeier.fit(new double[] {1, -2}, new boolean[] {true, true}))
                .getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> KaplanMeier.fit(new double[] {Double.POSITIVE_INFINITY}, new boolean[] {true}));
        assertEquals("a survival curve needs at least one tenure but there were none",
                assertThrows(IllegalStateException.class, () -> KaplanMeier.fit(List.of())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tenure.churned(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> small().quantile(1));
        assertThrows(IllegalArgumentException.class, () -> small().withConfidence(ConfidenceTransform.LOG, 1));
        assertThrows(IllegalArgumentException.class, () -> small().plus(small().withConfidence(ConfidenceTransform.LOG, 0.9)));
    }

    @Test
    void negativeZeroIsZero() {
        assertEquals(KaplanMeier.fit(Tenure.churned(0.0)), KaplanMeier.fit(new double[] {-0.0}, new boolean[] {true}));
        assertEquals("0", io.github.saasmetrics.table.Figures.number(KaplanMeier.fit(new double[] {-0.0}, new boolean[] {true}).row(0).time()));
    }

    @Test
    void tenureFromMonthlyRevenueKeepsTheFirstSpell() {
        // Paid January–March 2024, returned in June; data end December 2024: churned after 3 months.
        assertEquals(Tenure.churned(3), Tenure.ofFirstSpell(YearMonth.of(2024, 1), YearMonth.of(2024, 3),
                YearMonth.of(2024, 12)));
        // Still paying in the last month: censored at 10 months.
        assertEquals(Tenure.censored(10), Tenure.ofFirstSpell(YearMonth.of(2024, 3), YearMonth.of(2024, 12),
                YearMonth.of(2024, 12)));
        // Joined in the last month: censored at 1.
        assertEquals(Tenure.censored(1), Tenure.ofFirstSpell(24_300, 24_300, 24_300));
        assertEquals("months must satisfy firstPaidMonth ≤ lastPaidMonthOfFirstSpell ≤ lastObservedMonth but were 5, 4, 9",
                assertThrows(IllegalArgumentException.class, () -> Tenure.ofFirstSpell(5, 4, 9)).getMessage());
    }

    @Test
    void accumulatorCollectorAndArraysAgree() {
        SplittableRandom random = new SplittableRandom(7);
        double[] times = new double[500];
        boolean[] churned = new boolean[500];
        KaplanMeier.Accumulator left = KaplanMeier.accumulator();
        KaplanMeier.Accumulator right = KaplanMeier.accumulator();
        Tenure[] tenures = new Tenure[500];
        for (int i = 0; i < times.length; i++) {
            times[i] = random.nextInt(40);
            churned[i] = random.nextInt(3) > 0;
            tenures[i] = new Tenure(times[i], churned[i]);
            (i % 2 == 0 ? left : right).add(tenures[i]);
        }
        SurvivalCurve expected = KaplanMeier.fit(times, churned);
        assertEquals(expected, KaplanMeier.fit(tenures));
        assertEquals(expected, List.of(tenures).parallelStream().collect(KaplanMeier.toSurvivalCurve()));
        assertEquals(expected, left.addAll(right).toCurve());
        assertEquals(500, left.count());
    }

    @Test
    void toStringAndMarkdown() {
        assertEquals("""
                Kaplan–Meier: 6 customers, 4 churned, 2 censored; median 4 (95% CI 3 to not reached), log intervals
                time  at risk  churned  censored  survival  std.err  lower 95%  upper 95%
                   1        6        1         0    0.8333   0.1521     0.5827     1.0000
                   2        5        0         1    0.8333   0.1521     0.5827     1.0000
                   3        4        1         0    0.6250   0.2135     0.3200     1.0000
                   4        3        1         0    0.4167   0.2218     0.1468     1.0000
                   6        2        1         0    0.2083   0.1844     0.0368     1.0000
                   7        1        0         1    0.2083   0.1844     0.0368     1.0000""", small().toString());
        // Markdown is the typed table's, every row, the interval in one column.
        assertEquals(small().toTable().toMarkdown(), small().toMarkdown());
        assertTrue(small().toMarkdown().contains("| 1 | 6 | 1 | 0 | 0.8333 | 0.1521 | [0.5827, 1.0000] |"),
                small().toMarkdown());
        double[] many = new double[100];
        boolean[] all = new boolean[100];
        for (int i = 0; i < many.length; i++) {
            many[i] = i + 1;
            all[i] = true;
        }
        String text = KaplanMeier.fit(many, all).toString();
        assertTrue(text.contains("\n… 70 more rows …\n"), text);
        assertEquals(2 + 20 + 1 + 10, text.lines().count());
        assertEquals("median 4 (95% CI 3 to not reached)", small().median().toString());
        // R: quantile(survfit(..., conf.type = "log-log", conf.int = 0.8), 0.25) is 3 with interval 1 to 4.
        assertEquals("quantile 0.25: 3 (80% CI 1 to 4)",
                small().withConfidence(ConfidenceTransform.LOG_LOG, 0.8).quantile(0.25).toString());
        // R: print(fit, rmean = 10) gives 4.9583333 and se(rmean) 1.3304548.
        assertEquals("restricted mean 4.96 (SE 1.33) up to 10", small().restrictedMean(10).toString());
    }

    @Test
    void restrictedMeanInterval() {
        RestrictedMean rmean = small().restrictedMean(10);
        double z = 1.959963984540054;
        assertEquals(rmean.estimate() - z * rmean.stdErr(), rmean.confidenceInterval(0.95).lower(), 1e-12);
        assertEquals(0, new RestrictedMean(2, 0.1, 5).confidenceInterval(0.95).lower());
        assertEquals(2, new RestrictedMean(2, 1.9, 5).confidenceInterval(0.95).upper());
        assertThrows(IllegalArgumentException.class, () -> new RestrictedMean(2, 3, 0));
    }

    @Test
    void jsonRoundTrips() throws JsonProcessingException {
        SurvivalCurve curve = small().withConfidence(ConfidenceTransform.LOG_LOG, 0.9);
        String json = JsonRoundTrip.assertRoundTrips(curve, SurvivalCurve.class);
        assertTrue(json.startsWith("{\"transform\":\"LOG_LOG\",\"level\":0.9,\"rows\":[{\"time\":1.0,\"atRisk\":6,"
                + "\"events\":1,\"censored\":0,\"survival\":0.8333333333333334,"), json);
        JsonRoundTrip.assertRoundTrips(curve.row(2), SurvivalRow.class);
        JsonRoundTrip.assertRoundTrips(Tenure.censored(3.5), Tenure.class);
        JsonRoundTrip.assertRoundTrips(curve.restrictedMean(5), RestrictedMean.class);
        assertEquals("{\"probability\":0.5,\"estimate\":4.0,\"lower\":3.0,\"upper\":null,\"level\":0.95}",
                JsonRoundTrip.assertRoundTrips(small().median(), SurvivalQuantile.class));
        // Rows that do not follow from their counts are rejected.
        String tampered = json.replace("\"survival\":0.8333333333333334", "\"survival\":0.8");
        assertThrows(JsonProcessingException.class, () -> JsonRoundTrip.MAPPER.readValue(tampered, SurvivalCurve.class));
    }

    @Test
    void quantileOfAnEmptyInterval() {
        SurvivalQuantile q = SurvivalQuantile.of(0.5, OptionalDouble.empty(), OptionalDouble.of(2), OptionalDouble.empty(),
                0.95);
        assertFalse(q.estimate().isPresent());
        assertEquals("median not reached (95% CI 2 to not reached)", q.toString());
        assertThrows(IllegalArgumentException.class,
                () -> SurvivalQuantile.of(0.5, OptionalDouble.of(-1), OptionalDouble.empty(), OptionalDouble.empty(), 0.95));
    }

    /** Tagged "slow": a size check that mutation testing leaves out (see core/pom.xml). */
    @Test
    @Tag("slow")
    void aMillionTenuresAreAllAccountedFor() {
        // Speed is measured by the KaplanMeier benchmark; here only that nothing is lost at scale.
        SplittableRandom random = new SplittableRandom(1);
        int n = 1_000_000;
        double[] times = new double[n];
        boolean[] churned = new boolean[n];
        long events = 0;
        for (int i = 0; i < n; i++) {
            times[i] = Math.floor(-Math.log(1 - random.nextDouble()) * 30 * 100) / 100;
            churned[i] = random.nextInt(4) != 0;
            events += churned[i] ? 1 : 0;
        }
        SurvivalCurve curve = KaplanMeier.fit(times, churned);
        assertEquals(n, curve.customers());
        assertEquals(events, curve.rows().stream().mapToLong(SurvivalRow::events).sum());
        assertEquals(n - events, curve.rows().stream().mapToLong(SurvivalRow::censored).sum());
    }

    @Test
    void spellsOfAnyLengthAreCountedExactly() {
        YearMonth earliest = YearMonth.of(-999_999_999, 1);
        YearMonth latest = YearMonth.of(999_999_999, 12);
        // 1 999 999 999 years of 12 months: 23 999 999 988 months, more than an int holds.
        assertEquals(Tenure.censored(23_999_999_988.0), Tenure.ofFirstSpell(earliest, latest, latest));
        assertEquals(Tenure.churned(23_999_999_987.0), Tenure.ofFirstSpell(earliest, latest.minusMonths(1), latest));
        assertEquals(DelayedEntryTenure.censored(23_999_999_987.0, 23_999_999_988.0),
                DelayedEntryTenure.ofFirstSpell(earliest, latest, latest, latest));
        assertEquals(DelayedEntryTenure.churned(0, 1), DelayedEntryTenure.ofFirstSpell(earliest, earliest, earliest,
                latest));
        assertEquals("months must satisfy firstPaidMonth, firstObservedMonth ≤ lastPaidMonthOfFirstSpell ≤ "
                + "lastObservedMonth but were -999999999-01, 999999999-12, -999999999-01, 999999999-12",
                assertThrows(IllegalArgumentException.class,
                        () -> DelayedEntryTenure.ofFirstSpell(earliest, latest, earliest, latest)).getMessage());
        assertEquals("months must satisfy firstPaidMonth ≤ lastPaidMonthOfFirstSpell ≤ lastObservedMonth but were "
                + "999999999-12, -999999999-01, 999999999-12", assertThrows(IllegalArgumentException.class,
                        () -> Tenure.ofFirstSpell(latest, earliest, latest)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tenure.ofFirstSpell(earliest, latest, latest.minusMonths(1)));
        assertThrows(IllegalArgumentException.class,
                () -> DelayedEntryTenure.ofFirstSpell(latest, earliest, latest.minusMonths(1), latest));
        assertThrows(IllegalArgumentException.class,
                () -> DelayedEntryTenure.ofFirstSpell(earliest, earliest, latest, latest.minusMonths(1)));
    }

    @Test
    void restrictedMeansUpToTheLongestHorizonHaveAFiniteStandardError() {
        SurvivalCurve curve = KaplanMeier.fit(new double[] {1, 2, 3, 4}, new boolean[] {true, true, false, true});
        RestrictedMean far = curve.restrictedMean(RestrictedMean.MAX_HORIZON);
        // S = 0.75 from 1, 0.5 from 2, 0 from 4: the area is 1 + 0.75 + 0.5 · 2 = 2.75 whatever the horizon.
        assertEquals(2.75, far.estimate(), 1e-12);
        assertTrue(Double.isFinite(far.stdErr()));
        assertEquals("horizon must be from 0 to 1.0E100 periods (beyond, the standard error of the restricted mean "
                + "could overflow a double) but was 1.7976931348623157E308", assertThrows(IllegalArgumentException.class,
                        () -> curve.restrictedMean(Double.MAX_VALUE)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> curve.restrictedMean(Math.nextUp(RestrictedMean.MAX_HORIZON)));
        assertThrows(IllegalArgumentException.class, () -> curve.restrictedMean(-Double.MIN_VALUE));
    }
}
