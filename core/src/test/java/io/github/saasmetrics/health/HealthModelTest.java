package io.github.saasmetrics.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HealthModelTest {

    static final HealthModel MODEL = HealthModel.defaults();

    /** The worked example of the HealthModel documentation and the handbook. */
    static final HealthSignals EXAMPLE = HealthSignals.of("cus_42")
            .withActiveDays(6, 30).withFeatureBreadth(3, 10).withNps(6).withChampionChanged(false).withDaysSinceEngagement(35).withOpenTickets(2);

    @Test
    void workedExampleScoresOnWhatIsKnown() {
        HealthAssessment a = MODEL.assess(EXAMPLE);
        // 100 × (20·0.2 + 15·0.5 + 10·0 + 10·1 + 15·0.5 + 5·0.75) / 75 = 100 × 32.75 / 75
        assertEquals(100 * 32.75 / 75, a.score(), 1e-12);
        assertEquals(HealthBand.AT_RISK, a.band());
        assertEquals("43.6", a.displayScore());
        assertEquals(List.of(HealthSignal.CSAT, HealthSignal.PLAN_LIMIT_PRESSURE, HealthSignal.MRR_TREND), a.missing());
        assertEquals(List.of(
                "Active on 6 of 30 days (-21.3 points vs. full health)",
                "NPS answer 6 (detractor) (-13.3 points vs. full health)",
                "Uses 3 of 10 features (-10.0 points vs. full health)"), a.reasons());
        SignalContribution days = a.contribution(HealthSignal.DAYS_SINCE_ENGAGEMENT).orElseThrow();
        assertEquals(0.2, days.weightShare());
        assertEquals(0.5, days.goodness());
        assertEquals(10.0, days.points(), 1e-12);
        assertEquals(10.0, days.shortfall(), 1e-12);
        assertEquals("""
                cus_42: health 43.6 of 100, at risk
                signal                 observation                weight share  goodness  points  shortfall
                usage frequency        Active on 6 of 30 days            26.7%     0.200     5.3       21.3
                usage breadth          Uses 3 of 10 features             20.0%     0.500    10.0       10.0
                NPS                    NPS answer 6 (detractor)          13.3%     0.000     0.0       13.3
                champion change        Champion unchanged                13.3%     1.000    13.3        0.0
                days since engagement  No engagement for 35 days         20.0%     0.500    10.0       10.0
                open tickets           2 open support tickets             6.7%     0.750     5.0        1.7
                missing (weight shared among the present signals): CSAT, plan limit pressure, MRR trend""",
                a.toString());
        assertTrue(a.toMarkdown().startsWith("**cus_42: health 43.6 of 100, at risk**\n\n| signal | observation |"));
        assertTrue(a.toMarkdown().contains("\n| usage frequency | Active on 6 of 30 days | 26.7% | 0.200 | 5.3 | 21.3 |\n"));
    }

    @Test
    void missingSignalsShareTheirWeightAndAreNeverReadAsZero() {
        HealthAssessment withoutNps = MODEL.assess(EXAMPLE.without(HealthSignal.NPS));
        // Same as a model that never had the signal: its weight 10 went to the others in proportion.
        assertEquals(MODEL.without(HealthSignal.NPS).assess(EXAMPLE).score(), withoutNps.score());
        assertEquals(100 * 32.75 / 65, withoutNps.score(), 1e-12);
        assertEquals(20.0 / 65, withoutNps.contribution(HealthSignal.USAGE_FREQUENCY).orElseThrow().weightShare());
        // A detractor answer (goodness 0) scores lower than no answer; a promoter higher.
        assertTrue(MODEL.assess(EXAMPLE).score() < withoutNps.score());
        assertTrue(MODEL.assess(EXAMPLE.withNps(10)).score() > withoutNps.score());
        assertEquals(List.of(HealthSignal.NPS, HealthSignal.CSAT, HealthSignal.PLAN_LIMIT_PRESSURE,
                HealthSignal.MRR_TREND), withoutNps.missing());
    }

    @Test
    void aCustomerWithNoKnownSignalHasNoScore() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MODEL.assess(HealthSignals.of("cus_empty")));
        assertEquals("customer cus_empty has none of the model's signals [USAGE_FREQUENCY, USAGE_BREADTH, NPS, CSAT,"
                + " CHAMPION_CHANGE, PLAN_LIMIT_PRESSURE, DAYS_SINCE_ENGAGEMENT, OPEN_TICKETS, MRR_TREND]:"
                + " the health score is undefined", e.getMessage());
        HealthModel npsOnly = HealthModel.of(HealthSignal.NPS, 1, ScoringCurve.linear(0, 10));
        assertThrows(IllegalArgumentException.class, () -> npsOnly.assess(HealthSignals.of("cus_x").withOpenTickets(3)));
    }

    @Test
    void fullAndEmptyHealthAreExactlyHundredAndZero() {
        HealthSignals best = HealthSignals.of("cus_best").withActiveDays(30, 30).withFeatureBreadth(10, 10).withNps(10).withCsat(5, 5)
                .withChampionChanged(false).withPlanLimitPressure(0.5).withDaysSinceEngagement(0).withOpenTickets(0)
                .withMrrTrend(Money.parse("USD 100.00"), Money.parse("USD 120.00"));
        HealthAssessment a = MODEL.assess(best);
        assertEquals(100.0, a.score());
        assertEquals(HealthBand.HEALTHY, a.band());
        assertEquals(List.of(), a.reasons());
        HealthSignals worst = HealthSignals.of("cus_worst").withActiveDays(0, 30).withFeatureBreadth(0, 10).withNps(0).withCsat(1, 5)
                .withChampionChanged(true).withPlanLimitPressure(1.5).withDaysSinceEngagement(90).withOpenTickets(9)
                .withMrrTrend(Money.parse("USD 100.00"), Money.parse("USD 0.00"));
        HealthAssessment z = MODEL.assess(worst);
        assertEquals(0.0, z.score());
        assertEquals(HealthBand.CRITICAL, z.band());
        // The three largest shortfalls; ties in signal order.
        assertEquals(List.of("Active on 0 of 30 days (-20.0 points vs. full health)",
                "Uses 0 of 10 features (-15.0 points vs. full health)",
                "No engagement for 90 days (-15.0 points vs. full health)"), z.reasons());
    }

    @Test
    void modelsAreEditedByCopy() {
        HealthModel m = MODEL.withWeight(HealthSignal.NPS, 30).withCurve(HealthSignal.OPEN_TICKETS, ScoringCurve.linear(5, 0))
                .withBands(HealthBands.of(30, 60));
        assertEquals(30.0, m.signals().get(HealthSignal.NPS).weight());
        assertEquals(10.0, MODEL.signals().get(HealthSignal.NPS).weight());
        assertEquals(ScoringCurve.parse("linear 0:1, 5:0"), m.signals().get(HealthSignal.OPEN_TICKETS).curve());
        assertEquals(HealthBands.of(30, 60), m.bands());
        HealthModel one = HealthModel.of(HealthSignal.NPS, 1, ScoringCurve.linear(0, 10));
        assertEquals("the model does not use signal CSAT; it uses [NPS]",
                assertThrows(IllegalArgumentException.class, () -> one.withWeight(HealthSignal.CSAT, 2)).getMessage());
        assertEquals("a health model needs at least one signal",
                assertThrows(IllegalArgumentException.class, () -> one.without(HealthSignal.NPS)).getMessage());
        assertEquals("weight must be positive and finite but was 0.0",
                assertThrows(IllegalArgumentException.class, () -> one.withWeight(HealthSignal.NPS, 0)).getMessage());
    }

    @Test
    void weightsAreCheckedTogetherWhenTheModelIsBuilt() {
        HealthModel huge = HealthModel.of(HealthSignal.NPS, 1e308, ScoringCurve.linear(0, 10));
        IllegalArgumentException sum = assertThrows(IllegalArgumentException.class,
                () -> huge.with(HealthSignal.CSAT, 1e308, ScoringCurve.linear(0, 1)));
        assertEquals("the weights of a health model must add up to a finite total but {NPS=1.0E308, CSAT=1.0E308} do not",
                sum.getMessage());
        IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class,
                () -> huge.with(HealthSignal.CSAT, Double.MIN_VALUE, ScoringCurve.linear(0, 1)));
        assertEquals("the weight of CSAT (4.9E-324) is too small beside the total 1.0E308 to have a share of the score:"
                + " {NPS=1.0E308, CSAT=4.9E-324}", tiny.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HealthModel(
                java.util.Map.of(HealthSignal.NPS, SignalScoring.of(Double.MAX_VALUE, ScoringCurve.linear(0, 10)),
                        HealthSignal.CSAT, SignalScoring.of(Double.MAX_VALUE, ScoringCurve.linear(0, 1))),
                HealthBands.DEFAULT));
        // Large weights that add up to a finite total score like small ones in proportion.
        HealthModel large = HealthModel.of(HealthSignal.NPS, 4e307, ScoringCurve.linear(0, 10))
                .with(HealthSignal.CSAT, 4e307, ScoringCurve.linear(0, 1));
        HealthModel small = HealthModel.of(HealthSignal.NPS, 1, ScoringCurve.linear(0, 10))
                .with(HealthSignal.CSAT, 1, ScoringCurve.linear(0, 1));
        HealthSignals customer = HealthSignals.of("c").withNps(10).withCsat(1, 5);
        assertEquals(small.assess(customer).score(), large.assess(customer).score());
        assertEquals(50.0, large.assess(customer).score());
    }

    @Test
    void theDefaultModelPrintsAsATable() {
        assertEquals("""
                signal                 weight  share  curve
                usage frequency            20  20.0%  linear 0.1:0, 0.6:1
                usage breadth              15  15.0%  linear 0.1:0, 0.5:1
                NPS                        10  10.0%  steps 0:0, 7:0.5, 9:1
                CSAT                       10  10.0%  steps 0:0, 0.5:0.5, 0.75:1
                champion change            10  10.0%  steps 0:1, 1:0
                plan limit pressure         5   5.0%  linear 0.9:1, 1.2:0
                days since engagement      15  15.0%  linear 10:1, 60:0
                open tickets                5   5.0%  steps 0:1, 1:0.75, 3:0.25, 6:0
                MRR trend                  10  10.0%  linear -0.3:0, 0:1
                bands: critical < 40 <= at risk < 70 <= healthy""", MODEL.toString());
    }

    @Test
    void modelsAndAssessmentsRoundTripThroughJson() {
        String json = JsonRoundTrip.assertRoundTrips(MODEL, HealthModel.class);
        assertTrue(json.contains("\"NPS\":{\"weight\":10.0,\"curve\":\"steps 0:0, 7:0.5, 9:1\"}"), json);
        JsonRoundTrip.assertRoundTrips(MODEL.assess(EXAMPLE), HealthAssessment.class);
        JsonRoundTrip.assertRoundTrips(MODEL.assess(HealthSignalsTest.FULL), HealthAssessment.class);
        JsonRoundTrip.assertRoundTrips(HealthBands.DEFAULT, HealthBands.class);
        JsonRoundTrip.assertRoundTrips(SignalScoring.of(2.5, ScoringCurve.linear(0, 1)), SignalScoring.class);
    }

    @Property
    void contributionsSumToTheScore(@ForAll Random random) {
        HealthModel model = random.nextBoolean() ? MODEL : RandomSignals.model(random);
        HealthSignals s = RandomSignals.of("cus_p", random);
        if (model.signals().keySet().stream().noneMatch(signal -> s.value(signal).isPresent())) {
            assertThrows(IllegalArgumentException.class, () -> model.assess(s));
            return;
        }
        HealthAssessment a = model.assess(s);
        double points = 0;
        double shortfall = 0;
        double shares = 0;
        for (SignalContribution c : a.contributions()) {
            points += c.points();
            shortfall += c.shortfall();
            shares += c.weightShare();
        }
        assertEquals(a.score(), points, 1e-9);
        assertEquals(100 - a.score(), shortfall, 1e-9);
        assertEquals(1.0, shares, 1e-12);
        assertTrue(a.score() >= 0 && a.score() <= 100);
        assertEquals(model.bands().band(a.score()), a.band());
        assertEquals(model.signals().size(), a.contributions().size() + a.missing().size());
        assertTrue(a.reasons().size() <= HealthModel.REASONS);
    }

    @Property
    void aWorseSignalNeverRaisesTheScore(@ForAll Random random) {
        HealthModel model = random.nextBoolean() ? MODEL : RandomSignals.model(random);
        HealthSignals s = RandomSignals.nonEmpty("cus_m", random);
        List<HealthSignal> used = new ArrayList<>(model.signals().keySet());
        HealthSignal signal = used.get(random.nextInt(used.size()));
        HealthSignals changed = RandomSignals.perturb(s, signal, random);
        if (changed == null || used.stream().noneMatch(x -> s.value(x).isPresent())) {
            return;
        }
        ScoringCurve curve = model.signals().get(signal).curve();
        double before = curve.goodness(s.value(signal).getAsDouble());
        double after = curve.goodness(changed.value(signal).getAsDouble());
        double scoreBefore = model.assess(s).score();
        double scoreAfter = model.assess(changed).score();
        if (after <= before) {
            assertTrue(scoreAfter <= scoreBefore, () -> signal + ": " + scoreBefore + " -> " + scoreAfter);
        }
        if (after >= before) {
            assertTrue(scoreAfter >= scoreBefore, () -> signal + ": " + scoreBefore + " -> " + scoreAfter);
        }
    }

    @Property
    void theDefaultModelRewardsBetterRawValuesInTheDocumentedDirection(@ForAll Random random) {
        HealthSignals s = RandomSignals.nonEmpty("cus_d", random)
                .withActiveDays(10, 30).withDaysSinceEngagement(30).withOpenTickets(2).withNps(7);
        double score = MODEL.assess(s).score();
        assertTrue(MODEL.assess(s.withActiveDays(5, 30)).score() <= score);
        assertTrue(MODEL.assess(s.withDaysSinceEngagement(31)).score() <= score);
        assertTrue(MODEL.assess(s.withOpenTickets(3)).score() <= score);
        assertTrue(MODEL.assess(s.withNps(6)).score() <= score);
        assertTrue(MODEL.assess(s.withChampionChanged(true)).score() <= MODEL.assess(s.withChampionChanged(false)).score());
    }

    @Property
    void assessingIsIndependentOfOrder(@ForAll Random random) {
        List<HealthSignals> customers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            customers.add(RandomSignals.nonEmpty("cus_" + i, random));
        }
        List<HealthAssessment> forward = MODEL.assessAll(customers);
        List<HealthSignals> shuffled = new ArrayList<>(customers);
        Collections.shuffle(shuffled, random);
        for (HealthAssessment a : MODEL.assessAll(shuffled)) {
            assertEquals(forward.get(customers.indexOf(shuffled.stream()
                    .filter(s -> s.customer().equals(a.customer())).findFirst().orElseThrow())), a);
        }
        assertNotEquals(0, forward.size());
    }
}
