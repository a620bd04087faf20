package io.github.saasmetrics.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.stats.ConfidenceInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

class NpsProperties {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    @Property
    void statisticsStayInBounds(@ForAll @IntRange(max = 2000) int promoters, @ForAll @IntRange(max = 2000) int passives,
            @ForAll @IntRange(max = 2000) int detractors, @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double level) {
        NpsScore s = NpsScore.of(promoters, passives, detractors);
        Assume.that(s.defined());
        assertTrue(s.score() >= -100 && s.score() <= 100);
        assertTrue(s.respondentVariance() >= 0 && s.respondentVariance() <= 1);
        assertTrue(s.standardError() >= 0 && s.standardError() <= 100);
        assertEquals(1.0, s.promoterProportion() + s.passiveProportion() + s.detractorProportion(), 1e-12);
        assertEquals(s.promoterShare().value(), s.promoterProportion());
        ConfidenceInterval wald = s.waldInterval(level);
        assertTrue(wald.lower() >= -100 && wald.upper() <= 100);
        assertTrue(wald.contains(s.score()));
        assertTrue(wald.halfWidth() <= s.marginOfError(level) + 1e-9);
        ConfidenceInterval adjusted = s.adjustedWaldInterval(level);
        assertTrue(adjusted.lower() >= -100 && adjusted.upper() <= 100);
        assertTrue(adjusted.upper() > adjusted.lower(), "adjusted-Wald never collapses to a point");
    }

    @Property
    void varianceFormulaAgreesWithTheMeanOfSquares(@ForAll @IntRange(max = 500) int promoters,
            @ForAll @IntRange(max = 500) int passives, @ForAll @IntRange(max = 500) int detractors) {
        NpsScore s = NpsScore.of(promoters, passives, detractors);
        Assume.that(s.defined());
        // Scoring +1/0/−1, the variance is E[x²] − E[x]², computed here in another order.
        double n = s.responses();
        double meanOfSquares = (promoters + detractors) / n;
        double mean = (promoters - detractors) / n;
        assertEquals(meanOfSquares - mean * mean, s.respondentVariance(), 1e-12);
    }

    @Property
    void mergingEqualsPooling(@ForAll List<@IntRange(max = 10) Integer> first,
            @ForAll List<@IntRange(max = 10) Integer> second) {
        List<Integer> all = new ArrayList<>(first);
        all.addAll(second);
        NpsScore pooled = Nps.score(ints(all));
        assertEquals(pooled, Nps.score(ints(first)).plus(Nps.score(ints(second))));
        assertEquals(pooled, Nps.score(ints(second)).plus(Nps.score(ints(first))));
        NpsAccumulator left = new NpsAccumulator();
        first.forEach(left::add);
        NpsAccumulator right = new NpsAccumulator();
        right.addAll(ints(second));
        left.addAll(right);
        assertEquals(pooled, left.snapshot());
    }

    @Property
    void weightedMergingEqualsPooling(@ForAll @Size(max = 40) List<@IntRange(max = 10) Integer> scores,
            @ForAll @Size(max = 40) List<@IntRange(min = 1, max = 40) Integer> quarters,
            @ForAll @IntRange(max = 40) int split) {
        // Weights k/4 (1 is among them) keep every sum exact, so merge and pool must agree to the bit.
        List<NpsResponse> responses = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            double weight = quarters.isEmpty() ? 1 : quarters.get(i % quarters.size()) / 4.0;
            responses.add(NpsResponse.weighted(io.github.saasmetrics.customer.CustomerId.of("c" + i), scores.get(i),
                    DAY, weight));
        }
        int cut = Math.min(split, responses.size());
        NpsScore pooled = Nps.score(responses);
        NpsScore merged = Nps.score(responses.subList(0, cut)).plus(Nps.score(responses.subList(cut, responses.size())));
        assertEquals(pooled, merged);
        assertEquals(pooled, responses.parallelStream().collect(Nps.toNpsScore()));
        if (responses.stream().allMatch(r -> r.weight() == 1.0)) {
            assertNull(pooled.weights());
        }
    }

    @Property
    void orderDoesNotMatter(@ForAll List<@IntRange(max = 10) Integer> scores, @ForAll long seed) {
        List<Integer> shuffled = new ArrayList<>(scores);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(Nps.score(ints(scores)), Nps.score(ints(shuffled)));
    }

    @Property
    void equalWeightsGiveTheUnweightedScore(@ForAll @Size(min = 1, max = 50) List<@IntRange(max = 10) Integer> scores,
            @ForAll @DoubleRange(min = 0.01, max = 100) double weight) {
        Assume.that(weight != 1.0);
        NpsAccumulator weighted = new NpsAccumulator();
        scores.forEach(s -> weighted.add(s, weight));
        NpsScore w = weighted.snapshot();
        NpsScore u = Nps.score(ints(scores));
        assertEquals(u.score(), w.score(), 1e-9);
        assertEquals(u.responses(), w.effectiveSampleSize(), 1e-9 * u.responses());
        assertEquals(u.standardError(), w.standardError(), 1e-9);
    }

    @Property
    void unevenWeightsNeverRaiseTheEffectiveSampleSize(
            @ForAll @Size(min = 1, max = 50) List<@IntRange(max = 10) Integer> scores,
            @ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = 0.1, max = 10) Double> weights) {
        NpsAccumulator accumulator = new NpsAccumulator();
        for (int i = 0; i < scores.size(); i++) {
            accumulator.add(scores.get(i), weights.get(i % weights.size()));
        }
        NpsScore s = accumulator.snapshot();
        assertTrue(s.effectiveSampleSize() <= s.responses() * (1 + 1e-12));
        assertTrue(s.effectiveSampleSize() >= 1 - 1e-12);
        assertTrue(s.score() >= -100 - 1e-9 && s.score() <= 100 + 1e-9);
    }

    @Property
    void compareMirrors(@ForAll @IntRange(max = 300) int p1, @ForAll @IntRange(max = 300) int a1,
            @ForAll @IntRange(max = 300) int d1, @ForAll @IntRange(max = 300) int p2,
            @ForAll @IntRange(max = 300) int a2, @ForAll @IntRange(max = 300) int d2,
            @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double level) {
        NpsScore a = NpsScore.of(p1, a1, d1);
        NpsScore b = NpsScore.of(p2, a2, d2);
        Assume.that(a.defined() && b.defined() && a.respondentVariance() + b.respondentVariance() > 0);
        NpsComparison ab = NpsScore.compare(a, b, level);
        NpsComparison ba = NpsScore.compare(b, a, level);
        // Exact mirror images (a zero delta still equates 0.0 with the −0.0 of negating it).
        assertEquals(-ab.difference(), ba.difference(), 0.0);
        assertEquals(ab.standardError(), ba.standardError());
        assertEquals(-ab.z(), ba.z(), 0.0);
        assertEquals(ab.pValue(), ba.pValue());
        assertEquals(-ab.interval().upper(), ba.interval().lower(), 0.0);
        assertEquals(-ab.interval().lower(), ba.interval().upper(), 0.0);
        assertEquals(ab.significant(), ba.significant());
        assertTrue(ab.pValue() >= 0 && ab.pValue() <= 1);
        assertEquals(Math.hypot(a.standardError(), b.standardError()), ab.standardError(), 1e-9);
    }

    @Property
    void standardErrorShrinksAsTheSampleGrowsAtFixedShares(@ForAll @IntRange(max = 100) int promoters,
            @ForAll @IntRange(max = 100) int passives, @ForAll @IntRange(max = 100) int detractors,
            @ForAll @IntRange(min = 2, max = 1000) int factor) {
        NpsScore small = NpsScore.of(promoters, passives, detractors);
        Assume.that(small.defined() && small.respondentVariance() > 0);
        NpsScore large = NpsScore.of((long) promoters * factor, (long) passives * factor, (long) detractors * factor);
        assertEquals(small.score(), large.score(), 1e-12);
        assertEquals(small.respondentVariance(), large.respondentVariance(), 1e-15);
        assertTrue(large.standardError() < small.standardError());
        assertEquals(small.standardError() / Math.sqrt(factor), large.standardError(), 1e-9);
        assertTrue(large.adjustedWaldInterval(0.95).halfWidth() < small.adjustedWaldInterval(0.95).halfWidth());
    }

    @Property
    void emptyIsTheIdentityOfPlus(@ForAll @IntRange(max = 1000) int promoters, @ForAll @IntRange(max = 1000) int passives,
            @ForAll @IntRange(max = 1000) int detractors) {
        NpsScore s = NpsScore.of(promoters, passives, detractors);
        assertEquals(s, s.plus(NpsScore.EMPTY));
        assertEquals(s, NpsScore.EMPTY.plus(s));
    }

    private static int[] ints(List<Integer> scores) {
        return scores.stream().mapToInt(Integer::intValue).toArray();
    }
}
