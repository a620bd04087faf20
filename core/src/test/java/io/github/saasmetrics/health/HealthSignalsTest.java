package io.github.saasmetrics.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HealthSignalsTest {

    static final HealthSignals FULL = HealthSignals.of("cus_1")
            .withActiveDays(6, 30).withFeatureBreadth(3, 10).withNps(6).withCsat(4, 5).withChampionChanged(true)
            .withPlanUsage(21, 20).withDaysSinceEngagement(45).withOpenTickets(2)
            .withMrrTrend(Money.parse("USD 500.00"), Money.parse("USD 400.00"));

    @Test
    void rawValuesFollowTheDocumentedScales() {
        assertEquals(OptionalDouble.of(0.2), FULL.value(HealthSignal.USAGE_FREQUENCY));
        assertEquals(OptionalDouble.of(0.3), FULL.value(HealthSignal.USAGE_BREADTH));
        assertEquals(OptionalDouble.of(6), FULL.value(HealthSignal.NPS));
        assertEquals(OptionalDouble.of(0.75), FULL.value(HealthSignal.CSAT));
        assertEquals(OptionalDouble.of(1), FULL.value(HealthSignal.CHAMPION_CHANGE));
        assertEquals(OptionalDouble.of(1.05), FULL.value(HealthSignal.PLAN_LIMIT_PRESSURE));
        assertEquals(OptionalDouble.of(45), FULL.value(HealthSignal.DAYS_SINCE_ENGAGEMENT));
        assertEquals(OptionalDouble.of(2), FULL.value(HealthSignal.OPEN_TICKETS));
        assertEquals(OptionalDouble.of(-0.2), FULL.value(HealthSignal.MRR_TREND));
        assertEquals(EnumSet.allOf(HealthSignal.class), FULL.present());
        assertEquals(OptionalDouble.of(0), FULL.withChampionChanged(false).value(HealthSignal.CHAMPION_CHANGE));
    }

    @Test
    void observationsAreInPlainWords() {
        assertEquals(Optional.of("Active on 6 of 30 days"), FULL.observation(HealthSignal.USAGE_FREQUENCY));
        assertEquals(Optional.of("Uses 3 of 10 features"), FULL.observation(HealthSignal.USAGE_BREADTH));
        assertEquals(Optional.of("NPS answer 6 (detractor)"), FULL.observation(HealthSignal.NPS));
        assertEquals(Optional.of("NPS answer 8 (passive)"), FULL.withNps(8).observation(HealthSignal.NPS));
        assertEquals(Optional.of("NPS answer 9 (promoter)"), FULL.withNps(9).observation(HealthSignal.NPS));
        assertEquals(Optional.of("CSAT answer 4 of 5"), FULL.observation(HealthSignal.CSAT));
        assertEquals(Optional.of("Champion or key contact changed"), FULL.observation(HealthSignal.CHAMPION_CHANGE));
        assertEquals(Optional.of("Champion unchanged"), FULL.withChampionChanged(false).observation(HealthSignal.CHAMPION_CHANGE));
        assertEquals(Optional.of("At 105% of plan limit"), FULL.observation(HealthSignal.PLAN_LIMIT_PRESSURE));
        assertEquals(Optional.of("At 95.5% of plan limit"),
                FULL.withPlanLimitPressure(0.955).observation(HealthSignal.PLAN_LIMIT_PRESSURE));
        assertEquals(Optional.of("No engagement for 45 days"), FULL.observation(HealthSignal.DAYS_SINCE_ENGAGEMENT));
        assertEquals(Optional.of("No engagement for 1 day"),
                FULL.withDaysSinceEngagement(1).observation(HealthSignal.DAYS_SINCE_ENGAGEMENT));
        assertEquals(Optional.of("Engaged today"), FULL.withDaysSinceEngagement(0).observation(HealthSignal.DAYS_SINCE_ENGAGEMENT));
        assertEquals(Optional.of("2 open support tickets"), FULL.observation(HealthSignal.OPEN_TICKETS));
        assertEquals(Optional.of("1 open support ticket"), FULL.withOpenTickets(1).observation(HealthSignal.OPEN_TICKETS));
        assertEquals(Optional.of("No open support tickets"), FULL.withOpenTickets(0).observation(HealthSignal.OPEN_TICKETS));
        assertEquals(Optional.of("MRR down 20% (USD 500.00 to USD 400.00)"), FULL.observation(HealthSignal.MRR_TREND));
        assertEquals(Optional.of("MRR up 12.5% (USD 400.00 to USD 450.00)"), FULL
                .withMrrTrend(Money.parse("USD 400.00"), Money.parse("USD 450.00")).observation(HealthSignal.MRR_TREND));
        assertEquals(Optional.of("MRR flat at USD 400.00"), FULL
                .withMrrTrend(Money.parse("USD 400.00"), Money.parse("USD 400.00")).observation(HealthSignal.MRR_TREND));
        assertEquals(Optional.empty(), HealthSignals.of("cus_2").observation(HealthSignal.NPS));
    }

    @Test
    void missingSignalsAreEmptyNotZero() {
        HealthSignals none = HealthSignals.of("cus_2");
        for (HealthSignal signal : HealthSignal.values()) {
            assertEquals(OptionalDouble.empty(), none.value(signal));
            assertTrue(FULL.without(signal).value(signal).isEmpty());
            Set<HealthSignal> rest = EnumSet.allOf(HealthSignal.class);
            rest.remove(signal);
            assertEquals(rest, FULL.without(signal).present());
        }
        assertEquals(Set.of(), none.present());
    }

    @Test
    void outOfRangeSignalsAreRejectedWithTheFieldAndValue() {
        HealthSignals s = HealthSignals.of("cus_9");
        assertEquals("activeDays of customer cus_9 must be 0..30 but was 31",
                assertThrows(IllegalArgumentException.class, () -> s.withActiveDays(31, 30)).getMessage());
        assertEquals("periodDays of customer cus_9 must be 1 or more but was 0",
                assertThrows(IllegalArgumentException.class, () -> s.withActiveDays(0, 0)).getMessage());
        assertEquals("featuresUsed of customer cus_9 must be 0..10 but was -1",
                assertThrows(IllegalArgumentException.class, () -> s.withFeatureBreadth(-1, 10)).getMessage());
        assertEquals("nps of customer cus_9 must be 0..10 but was 11",
                assertThrows(IllegalArgumentException.class, () -> s.withNps(11)).getMessage());
        assertEquals("csat of customer cus_9 must be 1..5 but was 0",
                assertThrows(IllegalArgumentException.class, () -> s.withCsat(0, 5)).getMessage());
        assertEquals("csatScale of customer cus_9 must be 2 or more but was 1",
                assertThrows(IllegalArgumentException.class, () -> s.withCsat(1, 1)).getMessage());
        assertEquals("plan usage (used) of customer cus_9 must be finite and 0 or more but was -1.0",
                assertThrows(IllegalArgumentException.class, () -> s.withPlanUsage(-1, 2)).getMessage());
        assertEquals("planLimitPressure of customer cus_9 must be finite and 0 or more but was -0.5",
                assertThrows(IllegalArgumentException.class, () -> s.withPlanLimitPressure(-0.5)).getMessage());
        assertEquals("plan usage of customer cus_9, used 1.0E300 of limit 1.0E-300, is a pressure beyond the range of a"
                + " double", assertThrows(IllegalArgumentException.class, () -> s.withPlanUsage(1e300, 1e-300))
                .getMessage());
        assertEquals(0.5, s.withPlanUsage(1, 2).planLimitPressure());
        assertEquals("plan limit of customer cus_9 must be positive and finite but was 0.0",
                assertThrows(IllegalArgumentException.class, () -> s.withPlanUsage(1, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.withPlanLimitPressure(Double.NaN));
        assertEquals("daysSinceEngagement of customer cus_9 must be 0 or more but was -1",
                assertThrows(IllegalArgumentException.class, () -> s.withDaysSinceEngagement(-1)).getMessage());
        assertEquals("openTickets of customer cus_9 must be 0 or more but was -2",
                assertThrows(IllegalArgumentException.class, () -> s.withOpenTickets(-2)).getMessage());
        assertEquals("mrrStart of customer cus_9 must be positive (the trend of a customer who was not paying is"
                + " undefined) but was USD 0.00", assertThrows(IllegalArgumentException.class,
                        () -> s.withMrrTrend(Money.parse("USD 0.00"), Money.parse("USD 1.00"))).getMessage());
        assertEquals("mrrEnd of customer cus_9 must not be negative but was USD -1.00", assertThrows(
                IllegalArgumentException.class, () -> s.withMrrTrend(Money.parse("USD 1.00"), Money.parse("USD -1.00"))).getMessage());
        assertThrows(CurrencyMismatchException.class, () -> s.withMrrTrend(Money.parse("USD 1.00"), Money.parse("EUR 1.00")));
        assertEquals("activeDays and periodDays of customer cus_9 must both be given or both be null but were 3 and null",
                assertThrows(IllegalArgumentException.class, () -> new HealthSignals(s.customer(), 3, null, null, null,
                        null, null, null, null, null, null, null, null, null)).getMessage());
        assertThrows(NullPointerException.class, () -> HealthSignals.of((String) null));
    }

    @Test
    void jsonLeavesUnknownSignalsOut() {
        assertEquals("{\"customer\":\"cus_3\",\"nps\":9,\"openTickets\":0}",
                JsonRoundTrip.assertRoundTrips(HealthSignals.of("cus_3").withNps(9).withOpenTickets(0), HealthSignals.class));
        JsonRoundTrip.assertRoundTrips(FULL, HealthSignals.class);
        JsonRoundTrip.assertRoundTrips(HealthSignals.of("cus_4"), HealthSignals.class);
    }
}
