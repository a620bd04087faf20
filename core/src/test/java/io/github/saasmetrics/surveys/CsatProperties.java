package io.github.saasmetrics.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class CsatProperties {

    @Property
    void wilsonIntervalContainsTheShareAndStaysInRange(@ForAll @IntRange(max = 5000) int top,
            @ForAll @IntRange(max = 5000) int rest, @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double level) {
        CsatScore score = CsatScore.of(CsatScale.DEFAULT, top, (long) top + rest);
        if (!score.defined()) {
            return;
        }
        ConfidenceInterval ci = score.wilsonInterval(level);
        assertTrue(ci.lower() >= 0 && ci.upper() <= 100);
        assertTrue(ci.contains(score.percent()), () -> ci + " should contain " + score.percent());
        assertTrue(ci.upper() > ci.lower());
        // Wilson is symmetric under swapping the top box and the rest.
        ConfidenceInterval mirrored = CsatScore.of(CsatScale.DEFAULT, rest, (long) top + rest).wilsonInterval(level);
        assertEquals(100 - ci.upper(), mirrored.lower(), 1e-9);
    }

    @Property
    void wilsonIntervalNarrowsAsTheSampleGrows(@ForAll @IntRange(max = 200) int top, @ForAll @IntRange(max = 200) int rest,
            @ForAll @IntRange(min = 2, max = 100) int factor) {
        if (top + rest == 0) {
            return;
        }
        CsatScore small = CsatScore.of(CsatScale.DEFAULT, top, top + rest);
        CsatScore large = CsatScore.of(CsatScale.DEFAULT, (long) top * factor, (long) (top + rest) * factor);
        assertEquals(small.percent(), large.percent(), 1e-12);
        assertTrue(large.wilsonInterval(0.95).halfWidth() < small.wilsonInterval(0.95).halfWidth());
    }

    @Property
    void mergingEqualsPooling(@ForAll List<@IntRange(min = 1, max = 7) Integer> first,
            @ForAll List<@IntRange(min = 1, max = 7) Integer> second, @ForAll @IntRange(min = 2, max = 7) int topBoxFrom) {
        CsatScale scale = Csat.scale(1, 7, topBoxFrom);
        List<Integer> all = new ArrayList<>(first);
        all.addAll(second);
        assertEquals(scale.score(ints(all)), scale.score(ints(first)).plus(scale.score(ints(second))));
        long expectedTop = all.stream().filter(a -> a >= topBoxFrom).count();
        assertEquals(expectedTop, scale.score(ints(all)).topBox());
    }

    private static int[] ints(List<Integer> answers) {
        return answers.stream().mapToInt(Integer::intValue).toArray();
    }
}
