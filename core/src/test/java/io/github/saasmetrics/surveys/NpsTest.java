package io.github.saasmetrics.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.customer.Customer;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NpsTest {

    private static final List<Customer> CUSTOMERS = List.of(
            Customer.of("c1").withAttribute("plan", "basic"),
            Customer.of("c2").withAttribute("plan", "basic"),
            Customer.of("c3").withAttribute("plan", "pro"),
            Customer.of("c4"));

    private static final List<NpsResponse> RESPONSES = List.of(
            NpsResponse.of("c1", 10, LocalDate.of(2024, 1, 5)),
            NpsResponse.of("c1", 3, LocalDate.of(2024, 3, 9)),
            NpsResponse.of("c2", 6, LocalDate.of(2024, 1, 20)),
            NpsResponse.of("c2", 8, LocalDate.of(2024, 3, 30)),
            NpsResponse.of("c3", 9, LocalDate.of(2024, 1, 31)),
            NpsResponse.of("c3", 7, LocalDate.of(2024, 4, 1)),
            NpsResponse.of("c3", 10, LocalDate.of(2024, 4, 2)),
            NpsResponse.of("c4", 2, LocalDate.of(2024, 4, 3)));

    @Test
    void scoresAreCategorisedAtTheBoundaries() {
        assertEquals(NpsScore.of(2, 2, 7), Nps.score(10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
        assertEquals(50.0, Nps.score(9, 10, 10, 4).score());
        assertEquals(NpsCategory.DETRACTOR, NpsCategory.of(6));
        assertEquals(NpsCategory.PASSIVE, NpsCategory.of(7));
        assertEquals(NpsCategory.PASSIVE, NpsCategory.of(8));
        assertEquals(NpsCategory.PROMOTER, NpsCategory.of(9));
        assertEquals(NpsCategory.DETRACTOR, NpsCategory.of(0));
    }

    @Test
    void scoresOutsideTheScaleAreRejectedByValue() {
        assertEquals("score at index 2 must be 0..10 but was 11",
                assertThrows(IllegalArgumentException.class, () -> Nps.score(1, 2, 11)).getMessage());
        assertEquals("score at index 0 must be 0..10 but was -1",
                assertThrows(IllegalArgumentException.class, () -> Nps.score(-1)).getMessage());
        assertEquals("score at index 0 must be 0..10 but was -2147483648",
                assertThrows(IllegalArgumentException.class, () -> Nps.score(Integer.MIN_VALUE)).getMessage());
        assertEquals("score must be 0..10 but was 11",
                assertThrows(IllegalArgumentException.class, () -> NpsCategory.of(11)).getMessage());
        assertEquals("score of customer c1 on 2024-03-05 must be 0..10 but was 12",
                assertThrows(IllegalArgumentException.class,
                        () -> NpsResponse.of("c1", 12, LocalDate.of(2024, 3, 5))).getMessage());
        assertEquals("weight must be from 1e-100 to 1e100 but was 0.0",
                assertThrows(IllegalArgumentException.class,
                        () -> RESPONSES.get(0).withWeight(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RESPONSES.get(0).withWeight(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> RESPONSES.get(0).withWeight(Double.POSITIVE_INFINITY));
        assertThrows(NullPointerException.class, () -> Nps.score((int[]) null));
    }

    @Test
    void aRejectedBatchLeavesTheAccumulatorUnchanged() {
        NpsAccumulator accumulator = new NpsAccumulator();
        accumulator.addAll(10, 9);
        assertThrows(IllegalArgumentException.class, () -> accumulator.addAll(0, 0, 42));
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(11));
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(5, -1));
        assertEquals(NpsScore.of(2, 0, 0), accumulator.snapshot());
        assertEquals(2, accumulator.count());
    }

    @Test
    void accumulatorCollectorAndArrayAgree() {
        int[] scores = IntStream.range(0, 10_000).map(i -> (i * 7919) % 11).toArray();
        NpsScore expected = Nps.score(scores);
        assertEquals(expected, IntStream.of(scores).parallel()
                .collect(NpsAccumulator::new, NpsAccumulator::add, NpsAccumulator::addAll).snapshot());
        List<NpsResponse> responses = new ArrayList<>();
        for (int s : scores) {
            responses.add(NpsResponse.of("c", s, LocalDate.of(2024, 1, 1)));
        }
        assertEquals(expected, Nps.score(responses));
        assertEquals(expected, responses.parallelStream().collect(Nps.toNpsScore()));
        NpsAccumulator fromScore = new NpsAccumulator();
        fromScore.addAll(expected);
        assertEquals(expected, fromScore.snapshot());
        assertEquals(expected.toString(), fromScore.toString());
    }

    @Test
    void weightedResponsesAreWeighted() {
        LocalDate day = LocalDate.of(2024, 1, 1);
        List<NpsResponse> responses = List.of(
                NpsResponse.weighted(CustomerId.of("a"), 9, day, 2),
                NpsResponse.weighted(CustomerId.of("b"), 10, day, 2),
                NpsResponse.of("c", 8, day),
                NpsResponse.of("d", 3, day));
        NpsScore score = Nps.score(responses);
        assertEquals(new NpsScore(2, 1, 1, new NpsWeights(4, 1, 1, 10)), score);
        assertEquals(50.0, score.score(), 1e-12);
        assertEquals(25.0, Nps.score(9, 10, 8, 3).score(), "unweighted the same answers score 25");
        assertEquals(2.0, responses.get(0).weightOrOne());
        assertEquals(1.0, responses.get(2).weightOrOne());
        // Weights held by the accumulator merge with the unweighted answers of another.
        NpsAccumulator left = new NpsAccumulator();
        left.add(responses.get(0));
        left.add(responses.get(1));
        NpsAccumulator right = new NpsAccumulator();
        right.addAll(8, 3);
        left.addAll(right);
        assertEquals(score, left.snapshot());
    }

    @Test
    void segmentsJoinResponsesToCustomers() {
        NpsSegments segments = Nps.bySegment(RESPONSES, CUSTOMERS, "plan");
        assertEquals(List.of(new NpsSegments.Segment("basic", NpsScore.of(1, 1, 2)),
                new NpsSegments.Segment("pro", NpsScore.of(2, 1, 0))), segments.segments());
        assertEquals(NpsScore.of(0, 0, 1), segments.withoutAttribute());
        assertEquals(Nps.score(RESPONSES), segments.total());
        assertEquals(NpsScore.of(2, 1, 0), segments.score("pro"));
        assertEquals(NpsScore.EMPTY, segments.score("enterprise"));
        assertEquals("""
                plan    responses  promoters  passives  detractors     NPS    SE            95% CI
                basic           4      25.0%     25.0%       50.0%   -25.0  41.5    [-100.0, 56.3]
                pro             3      66.7%     33.3%        0.0%    66.7  27.2     [13.3, 100.0]
                (none)          1       0.0%      0.0%      100.0%  -100.0   0.0  [-100.0, -100.0]
                """, segments.toString());
        assertEquals("""
                | plan | responses | promoters | passives | detractors | NPS | SE | 95% CI |
                |---|---:|---:|---:|---:|---:|---:|---:|
                | basic | 4 | 25.0% | 25.0% | 50.0% | -25.0 | 41.5 | [-100.0, 56.3] |
                | pro | 3 | 66.7% | 33.3% | 0.0% | 66.7 | 27.2 | [13.3, 100.0] |
                | (none) | 1 | 0.0% | 0.0% | 100.0% | -100.0 | 0.0 | [-100.0, -100.0] |
                """, segments.toMarkdown());
        Map<CustomerId, Customer> byId = Map.of(CustomerId.of("c1"), CUSTOMERS.get(0));
        assertEquals(Nps.bySegment(RESPONSES.subList(0, 2), byId, "plan"),
                Nps.bySegment(RESPONSES.subList(0, 2), CUSTOMERS, "plan"));
    }

    @Test
    void unknownCustomersAreRejectedNotDropped() {
        List<NpsResponse> stray = List.of(NpsResponse.of("c9", 9, LocalDate.of(2024, 2, 1)));
        assertEquals("customer c9 answered on 2024-02-01 but is not among the customers",
                assertThrows(IllegalArgumentException.class, () -> Nps.bySegment(stray, CUSTOMERS, "plan")).getMessage());
        assertEquals("customer c1 appears twice among the customers",
                assertThrows(IllegalArgumentException.class,
                        () -> Nps.bySegment(RESPONSES, List.of(CUSTOMERS.get(0), CUSTOMERS.get(0)), "plan")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Nps.bySegment(RESPONSES, CUSTOMERS, " "));
        assertEquals("segment values must be sorted and unique but 'pro' came before 'basic'",
                assertThrows(IllegalArgumentException.class, () -> new NpsSegments("plan", List.of(
                        new NpsSegments.Segment("pro", NpsScore.EMPTY),
                        new NpsSegments.Segment("basic", NpsScore.EMPTY)), NpsScore.EMPTY)).getMessage());
    }

    @Test
    void monthlyTrendShowsEveryMonthIncludingGaps() {
        NpsTrend trend = Nps.monthlyTrend(RESPONSES.subList(0, 5));
        assertEquals(List.of(ReportingPeriod.month(YearMonth.of(2024, 1)), ReportingPeriod.month(YearMonth.of(2024, 2)),
                ReportingPeriod.month(YearMonth.of(2024, 3))), trend.periods());
        assertEquals(NpsScore.of(2, 0, 1), trend.score(ReportingPeriod.parse("2024-01")));
        assertEquals(NpsScore.EMPTY, trend.score(ReportingPeriod.parse("2024-02")));
        assertEquals(NpsScore.EMPTY, trend.score(ReportingPeriod.parse("2023-12")));
        assertEquals(Nps.score(RESPONSES.subList(0, 5)), trend.total());
        assertEquals("""
                period   responses  promoters  passives  detractors    NPS    SE          95% CI
                2024-01          3      66.7%      0.0%       33.3%   33.3  54.4  [-73.4, 100.0]
                2024-02          0          —         —           —      —     —               —
                2024-03          2       0.0%     50.0%       50.0%  -50.0  35.4  [-100.0, 19.3]
                """, trend.toString());
        assertEquals("""
                | period | responses | promoters | passives | detractors | NPS | SE | 95% CI |
                |---|---:|---:|---:|---:|---:|---:|---:|
                | 2024-01 | 3 | 66.7% | 0.0% | 33.3% | 33.3 | 54.4 | [-73.4, 100.0] |
                | 2024-02 | 0 | — | — | — | — | — | — |
                | 2024-03 | 2 | 0.0% | 50.0% | 50.0% | -50.0 | 35.4 | [-100.0, 19.3] |
                """, trend.toMarkdown());
    }

    @Test
    void quarterlyAndCustomTrends() {
        NpsTrend quarterly = Nps.quarterlyTrend(RESPONSES);
        assertEquals(List.of(ReportingPeriod.quarter(2024, 1), ReportingPeriod.quarter(2024, 2)), quarterly.periods());
        assertEquals(NpsScore.of(2, 1, 2), quarterly.score(ReportingPeriod.quarter(2024, 1)));
        assertEquals(NpsScore.of(1, 1, 1), quarterly.score(ReportingPeriod.quarter(2024, 2)));

        // A custom grouping lists only the periods that hold responses.
        NpsTrend yearly = Nps.trend(RESPONSES, d -> ReportingPeriod.year(d.getYear()));
        assertEquals(List.of(new NpsTrend.Point(ReportingPeriod.year(2024), Nps.score(RESPONSES))), yearly.points());
        assertEquals("period 2023 given for 2024-01-05 does not contain it",
                assertThrows(IllegalArgumentException.class,
                        () -> Nps.trend(RESPONSES, d -> ReportingPeriod.year(2023))).getMessage());
        assertEquals(new NpsTrend(List.of()), Nps.monthlyTrend(List.of()));
    }

    @Test
    void resultsRoundTripThroughJson() {
        assertEquals("{\"customer\":\"c1\",\"score\":10,\"date\":\"2024-01-05\",\"weight\":null}",
                JsonRoundTrip.assertRoundTrips(RESPONSES.get(0), NpsResponse.class));
        assertEquals("{\"customer\":\"c1\",\"score\":10,\"date\":\"2024-01-05\",\"weight\":0.5}",
                JsonRoundTrip.assertRoundTrips(RESPONSES.get(0).withWeight(0.5), NpsResponse.class));
        JsonRoundTrip.assertRoundTrips(Nps.bySegment(RESPONSES, CUSTOMERS, "plan"), NpsSegments.class);
        String trend = JsonRoundTrip.assertRoundTrips(Nps.monthlyTrend(RESPONSES), NpsTrend.class);
        assertEquals("{\"points\":[{\"period\":\"2024-01\",\"score\":{\"promoters\":2,\"passives\":0,\"detractors\":1,\"weights\":null}}",
                trend.substring(0, trend.indexOf("},{") + 1));
        assertNull(RESPONSES.get(0).weight());
    }

    @Test
    void accumulatorsMergeScoresAndEachOtherWithTheirWeights() {
        NpsScore weighted = new NpsScore(2, 1, 1, new NpsWeights(4, 1, 3, 18));
        NpsAccumulator fromScores = new NpsAccumulator();
        fromScores.addAll(weighted);
        fromScores.addAll(NpsScore.of(1, 2, 3));
        NpsScore pooled = weighted.plus(NpsScore.of(1, 2, 3));
        assertEquals(pooled, fromScores.snapshot());
        assertEquals(10, fromScores.count());

        NpsAccumulator other = new NpsAccumulator();
        other.add(9, 2.0);
        other.add(7, 0.5);
        other.add(3, 3.0);
        other.add(10);
        NpsAccumulator merged = new NpsAccumulator();
        merged.addAll(fromScores);
        merged.addAll(other);
        assertEquals(pooled.plus(other.snapshot()), merged.snapshot());
        assertEquals(14, merged.count());
        // The other accumulator is unchanged.
        assertEquals(4, other.count());

        NpsAccumulator huge = new NpsAccumulator();
        huge.addAll(NpsScore.of(Long.MAX_VALUE, 0, 0));
        assertThrows(ArithmeticException.class, () -> huge.addAll(NpsScore.of(1, 0, 0)));
        NpsAccumulator one = new NpsAccumulator();
        one.add(10);
        assertThrows(ArithmeticException.class, () -> huge.addAll(one));
    }

    @Test
    void trendsFillInAtMostTheLimitOfPeriods() {
        YearMonth first = YearMonth.of(2000, 1);
        YearMonth last = first.plusMonths(Nps.MAX_TREND_PERIODS - 1);
        List<NpsResponse> widest = List.of(NpsResponse.of("a", 9, first.atDay(1)), NpsResponse.of("b", 0, last.atDay(1)));
        assertEquals(Nps.MAX_TREND_PERIODS, Nps.monthlyTrend(widest).points().size());
        List<NpsResponse> beyond = List.of(NpsResponse.of("a", 9, first.atDay(1)),
                NpsResponse.of("b", 0, last.plusMonths(1).atDay(1)));
        assertEquals("a trend fills in at most 32767 periods but the responses from 2000-01 to 4730-08 span 32768",
                assertThrows(IllegalArgumentException.class, () -> Nps.monthlyTrend(beyond)).getMessage());
        assertEquals(2, Nps.trend(beyond, d -> ReportingPeriod.month(YearMonth.from(d))).points().size(),
                "only the filled-in trends are bounded");
        YearMonth lastQuarter = first.plusMonths(3L * (Nps.MAX_TREND_PERIODS - 1));
        assertEquals(Nps.MAX_TREND_PERIODS, Nps.quarterlyTrend(List.of(NpsResponse.of("a", 9, first.atDay(1)),
                NpsResponse.of("b", 0, lastQuarter.atEndOfMonth()))).points().size());
        assertThrows(IllegalArgumentException.class, () -> Nps.quarterlyTrend(List.of(NpsResponse.of("a", 9,
                first.atDay(1)), NpsResponse.of("b", 0, lastQuarter.plusMonths(3).atDay(1)))));
    }
}
