package io.github.saasmetrics.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.stats.Ratio;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HealthValidationTest {

    /** Score = 100 − open tickets, so that any whole score from 0 to 100 is easy to make. */
    static final HealthModel TICKETS = HealthModel.of(HealthSignal.OPEN_TICKETS, 1, ScoringCurve.linear(100, 0));

    static HealthAssessment scored(String customer, int score) {
        return TICKETS.assess(HealthSignals.of(customer).withOpenTickets(100 - score));
    }

    static Set<CustomerId> ids(String... ids) {
        Set<CustomerId> set = new HashSet<>();
        for (String id : ids) {
            set.add(CustomerId.of(id));
        }
        return set;
    }

    static final List<HealthAssessment> EXAMPLE = List.of(scored("a", 80), scored("b", 65), scored("c", 50),
            scored("d", 35), scored("e", 20), scored("f", 90));

    @Test
    void workedExample() {
        HealthValidation t = HealthValidation.of(EXAMPLE, ids("c", "e", "g"));
        assertEquals(new RocAuc(7, 0, 1), t.auc());
        assertEquals(0.875, t.auc().value());
        assertEquals(Ratio.of(2, 6), t.churnRate());
        assertEquals(List.of(new BandOutcome(HealthBand.HEALTHY, 2, 0), new BandOutcome(HealthBand.AT_RISK, 2, 1),
                new BandOutcome(HealthBand.CRITICAL, 2, 1)), t.bands());
        assertEquals(OptionalDouble.of(0.0), t.lift(HealthBand.HEALTHY));
        assertEquals(OptionalDouble.of(1.5), t.lift(HealthBand.AT_RISK));
        assertEquals(OptionalDouble.of(1.5), t.lift(HealthBand.CRITICAL));
        assertEquals(List.of(CustomerId.of("g")), t.unassessedChurners());
        assertEquals(List.of(new SignalOutcome(HealthSignal.OPEN_TICKETS, 6, 2, new RocAuc(7, 0, 1))), t.signals());
        assertEquals("""
                AUC 0.8750 (7 of 8 pairs ranked right, 0 tied); 2 of 6 assessed customers churned (33.33%)
                band      customers  churned  churn rate  lift
                healthy           2        0        0.0%  0.00
                at risk           2        1       50.0%  1.50
                critical          2        1       50.0%  1.50
                signal        customers  churned     AUC
                open tickets          6        2  0.8750
                churned without an assessment (not ranked): g""", t.toString());
        assertTrue(t.toMarkdown().contains("| at risk | 2 | 1 | 50.0% | 1.50 |"), t.toMarkdown());
    }

    @Test
    void handbookExampleWithTies() {
        List<HealthAssessment> past = HealthModel.defaults().assessAll(List.of(HealthSignals.of("a").withNps(9),
                HealthSignals.of("b").withNps(7), HealthSignals.of("c").withNps(7), HealthSignals.of("d").withNps(3),
                HealthSignals.of("e").withNps(0), HealthSignals.of("f").withNps(10)));
        HealthValidation t = HealthValidation.of(past, ids("c", "e", "g"));
        assertEquals(new RocAuc(5, 2, 1), t.auc());
        assertEquals(0.75, t.auc().value());
        assertEquals("""
                AUC 0.7500 (5 of 8 pairs ranked right, 2 tied); 2 of 6 assessed customers churned (33.33%)
                band      customers  churned  churn rate  lift
                healthy           2        0        0.0%  0.00
                at risk           2        1       50.0%  1.50
                critical          2        1       50.0%  1.50
                signal  customers  churned     AUC
                NPS             6        2  0.7500
                churned without an assessment (not ranked): g""", t.toString());
    }

    @Test
    void aucCountsTiesAsHalf() {
        RocAuc auc = RocAuc.of(new double[] {50, 50, 50, 40}, new boolean[] {true, false, false, true});
        // Churner 50 ties both stayers; churner 40 is below both.
        assertEquals(new RocAuc(2, 2, 0), auc);
        assertEquals(0.75, auc.value());
        assertEquals(0.5, RocAuc.of(new double[] {7, 7, 7}, new boolean[] {true, false, false}).value());
        assertEquals("AUC 0.7500 (2 of 4 pairs ranked right, 2 tied)", auc.toString());
    }

    @Test
    void aucIsUndefinedWithoutBothGroups() {
        RocAuc none = RocAuc.of(new double[] {1, 2}, new boolean[] {false, false});
        assertFalse(none.defined());
        assertEquals("AUC is undefined: there is no pair of a churner and a customer who stayed",
                assertThrows(IllegalStateException.class, none::value).getMessage());
        assertEquals("AUC undefined (no pair of a churner and a customer who stayed)", none.toString());
        HealthValidation nobodyChurned = HealthValidation.of(EXAMPLE, Set.of());
        assertFalse(nobodyChurned.auc().defined());
        assertEquals(OptionalDouble.empty(), nobodyChurned.lift(HealthBand.CRITICAL));
        HealthValidation empty = HealthValidation.of(List.of(), ids("x"));
        assertFalse(empty.churnRate().defined());
        assertEquals(List.of(CustomerId.of("x")), empty.unassessedChurners());
        assertEquals(OptionalDouble.empty(), empty.lift(HealthBand.HEALTHY));
    }

    @Test
    void badInputIsRejected() {
        assertEquals("customer a is assessed twice", assertThrows(IllegalArgumentException.class,
                () -> HealthValidation.of(List.of(scored("a", 1), scored("a", 2)), Set.of())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RocAuc.of(new double[] {1}, new boolean[] {true, false}));
        assertEquals("score 0 must be finite but was NaN", assertThrows(IllegalArgumentException.class,
                () -> RocAuc.of(new double[] {Double.NaN}, new boolean[] {true})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RocAuc(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new BandOutcome(HealthBand.HEALTHY, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new SignalOutcome(HealthSignal.NPS, 3, 1, new RocAuc(1, 0, 0)));
        HealthValidation t = HealthValidation.of(EXAMPLE, ids("c"));
        assertThrows(IllegalArgumentException.class,
                () -> new HealthValidation(new RocAuc(1, 0, 0), t.bands(), t.signals(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new HealthValidation(t.auc(), t.bands().subList(0, 2), t.signals(), List.of()));
    }

    @Test
    void aPerfectRankingHasAucExactlyOne() {
        SplittableRandom random = new SplittableRandom(20240501);
        int n = 5000;
        double[] scores = new double[n];
        boolean[] churned = new boolean[n];
        for (int i = 0; i < n; i++) {
            churned[i] = random.nextInt(5) == 0;
            // Churners score 0..49.99, stayers 50..100: every churner below every stayer.
            scores[i] = churned[i] ? random.nextDouble(0, 50) : random.nextDouble(50, 100);
        }
        RocAuc auc = RocAuc.of(scores, churned);
        assertEquals(1.0, auc.value());
        assertEquals(0, auc.discordantPairs());
        // Reversed, it is exactly 0.
        for (int i = 0; i < n; i++) {
            scores[i] = -scores[i];
        }
        assertEquals(0.0, RocAuc.of(scores, churned).value());
    }

    @Test
    void aRandomScoreHasAucNearOneHalf() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 5000;
        double[] scores = new double[n];
        boolean[] churned = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextInt(101);
            churned[i] = random.nextInt(10) == 0;
        }
        double auc = RocAuc.of(scores, churned).value();
        assertTrue(Math.abs(auc - 0.5) < 0.03, "AUC " + auc);
    }

    @Test
    void theDefaultModelRanksChurnersOnSyntheticCustomers() {
        // Customers churn with probability (1 − health)²: a score that tracks churn risk must have AUC well above 0.5.
        Random random = new Random(11);
        List<HealthAssessment> assessments = new ArrayList<>();
        Set<CustomerId> churned = new HashSet<>();
        for (int i = 0; i < 3000; i++) {
            HealthAssessment a = HealthModel.defaults().assess(RandomSignals.nonEmpty("cus_" + i, random));
            assessments.add(a);
            double risk = Math.pow(1 - a.score() / 100, 2);
            if (random.nextDouble() < risk) {
                churned.add(a.customer());
            }
        }
        HealthValidation t = HealthValidation.of(assessments, churned);
        assertTrue(t.auc().value() > 0.65, t.toString());
        assertTrue(t.lift(HealthBand.CRITICAL).getAsDouble() > 1, t.toString());
        assertTrue(t.lift(HealthBand.HEALTHY).getAsDouble() < 1, t.toString());
        assertEquals(HealthSignal.values().length, t.signals().size());
        JsonRoundTrip.assertRoundTrips(t, HealthValidation.class);
    }

    @Test
    void backTestsRoundTripThroughJson() {
        JsonRoundTrip.assertRoundTrips(HealthValidation.of(EXAMPLE, ids("c", "e", "g")), HealthValidation.class);
        JsonRoundTrip.assertRoundTrips(new RocAuc(3, 2, 1), RocAuc.class);
        JsonRoundTrip.assertRoundTrips(new BandOutcome(HealthBand.AT_RISK, 5, 2), BandOutcome.class);
    }

    @Property
    void sortedCountingAgreesWithComparingEveryPair(@ForAll Random random) {
        int n = random.nextInt(60);
        double[] scores = new double[n];
        boolean[] churned = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextInt(8) + (random.nextBoolean() ? 0.5 : 0);
            churned[i] = random.nextInt(3) == 0;
        }
        long concordant = 0;
        long tied = 0;
        long discordant = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (churned[i] && !churned[j]) {
                    if (scores[i] < scores[j]) {
                        concordant++;
                    } else if (scores[i] == scores[j]) {
                        tied++;
                    } else {
                        discordant++;
                    }
                }
            }
        }
        assertEquals(new RocAuc(concordant, tied, discordant), RocAuc.of(scores, churned));
    }

    @Property
    void theReportDoesNotDependOnInputOrder(@ForAll Random random) {
        List<HealthAssessment> assessments = new ArrayList<>();
        Set<CustomerId> churned = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            HealthAssessment a = HealthModel.defaults().assess(RandomSignals.nonEmpty("cus_" + i, random));
            assessments.add(a);
            if (random.nextInt(4) == 0) {
                churned.add(a.customer());
            }
        }
        churned.add(CustomerId.of("gone_1"));
        HealthValidation t = HealthValidation.of(assessments, churned);
        Collections.shuffle(assessments, random);
        assertEquals(t, HealthValidation.of(assessments, churned));
        assertTrue(t.auc().pairs() == t.churnRate().numerator() * (t.churnRate().denominator() - t.churnRate().numerator()));
        assertEquals(List.of(CustomerId.of("gone_1")), t.unassessedChurners());
    }
}
