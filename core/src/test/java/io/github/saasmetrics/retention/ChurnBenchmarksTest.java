package io.github.saasmetrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.stats.Ratio;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ChurnBenchmarksTest {

    @Test
    void theDefaultBands() {
        ChurnBenchmarks defaults = ChurnBenchmarks.defaults();
        assertEquals(2, defaults.bands().size());
        assertEquals(Optional.of(defaults.bands().get(0)), defaults.bandFor(0));
        assertEquals(Optional.of(defaults.bands().get(0)), defaults.bandFor(2.99));
        assertEquals(Optional.empty(), defaults.bandFor(3));
        assertEquals(Optional.empty(), defaults.bandFor(9.5));
        assertEquals(Optional.of(defaults.bands().get(1)), defaults.bandFor(10));
        assertEquals(Optional.of(defaults.bands().get(1)), defaults.bandFor(40));
        assertEquals("younger than 3 years: annual churn 4% to 24%", defaults.bands().get(0).toString());
        assertEquals("10 years and older: annual churn 2% to 4%", defaults.bands().get(1).toString());
        assertEquals("""
                company age           annual churn from   to  source
                younger than 3 years                 4%  24%  rule of thumb quoted by SaaS practitioners, not a published survey
                10 years and older                   2%   4%  rule of thumb quoted by SaaS practitioners, not a published survey""",
                defaults.toString());
    }

    @Test
    void workedExamples() {
        ChurnBenchmarks defaults = ChurnBenchmarks.defaults();
        // 3 % a month is 1 − 0.97^12 = 30.62 % a year, 6.62 points above 24 %.
        ChurnBenchmarkComparison young = defaults.compare(0.03, RatePeriod.MONTHLY, 2);
        assertEquals(0.30615763900456205, young.annualChurn(), 1e-15);
        assertEquals(BenchmarkPosition.ABOVE, young.position());
        assertEquals(0.06615763900456205, young.pointsOutside(), 1e-15);
        assertEquals("annual churn 30.6% (3.00% a month) is 6.6 points above the 4% to 24% band for companies younger"
                + " than 3 years", young.toString());
        // 0.25 % a month at 12 years: 2.96 % a year, within 2–4 %.
        ChurnBenchmarkComparison old = defaults.compare(0.0025, RatePeriod.MONTHLY, 12);
        assertEquals(BenchmarkPosition.WITHIN, old.position());
        assertEquals(0, old.pointsOutside());
        assertEquals("annual churn 3% (0.25% a month) is within the 2% to 4% band for companies 10 years and older",
                old.toString());
        // 1.5 % a year at 15 years: 0.5 points below.
        ChurnBenchmarkComparison better = defaults.compare(0.015, RatePeriod.ANNUAL, 15);
        assertEquals(BenchmarkPosition.BELOW, better.position());
        assertEquals(0.005, better.pointsOutside(), 1e-15);
        assertEquals("annual churn 1.5% is 0.5 points below the 2% to 4% band for companies 10 years and older",
                better.toString());
        // No band between 3 and 10 years.
        ChurnBenchmarkComparison middle = defaults.compare(0.1, RatePeriod.ANNUAL, 5);
        assertEquals(BenchmarkPosition.NO_BAND, middle.position());
        assertEquals(Optional.empty(), middle.benchmark());
        assertEquals("annual churn 10%: no benchmark band for a company of 5 years", middle.toString());
        assertEquals("no benchmark band covers a company of 5 years",
                assertThrows(IllegalStateException.class, middle::pointsOutside).getMessage());
        // A counted monthly rate compares the same as its value.
        assertEquals(defaults.compare(0.03, RatePeriod.MONTHLY, 2), defaults.compare(Ratio.of(3, 100), RatePeriod.MONTHLY, 2));
        // The band's ends are within it.
        assertEquals(BenchmarkPosition.WITHIN, defaults.compare(0.24, RatePeriod.ANNUAL, 1).position());
        assertEquals(BenchmarkPosition.WITHIN, defaults.compare(0.04, RatePeriod.ANNUAL, 1).position());
    }

    @Test
    void usersAddTheirOwnBands() {
        ChurnBenchmarks mine = ChurnBenchmarks.defaults().with(ChurnBenchmark.of(3, 10, 0.03, 0.12, "our board deck"));
        assertEquals(3, mine.bands().size());
        assertEquals("3 to 10 years", mine.bands().get(1).ages());
        assertEquals(BenchmarkPosition.WITHIN, mine.compare(0.1, RatePeriod.ANNUAL, 5).position());
        assertEquals("benchmark bands must not overlap but 'younger than 3 years: annual churn 4% to 24%' and"
                + " '2 to 5 years: annual churn 1% to 2%' do", assertThrows(IllegalArgumentException.class,
                        () -> ChurnBenchmarks.defaults().with(ChurnBenchmark.of(2, 5, 0.01, 0.02, "x"))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ChurnBenchmarks.defaults().with(ChurnBenchmark.from(20, 0.01, 0.02, "x")));
        // Bands are kept in age order whatever order they are given in.
        ChurnBenchmarks reversed = new ChurnBenchmarks(List.of(ChurnBenchmark.from(10, 0.02, 0.04, "a"),
                ChurnBenchmark.of(0, 3, 0.04, 0.24, "a")));
        assertEquals(0, reversed.bands().get(0).fromYears());
    }

    @Test
    void badInputIsNamed() {
        assertEquals("high must be in [low, 1] = [0.2, 1] but was 0.1", assertThrows(IllegalArgumentException.class,
                () -> ChurnBenchmark.of(0, 3, 0.2, 0.1, "x")).getMessage());
        assertEquals("toYears must be finite and above fromYears (3.0) but was 3.0", assertThrows(
                IllegalArgumentException.class, () -> ChurnBenchmark.of(3, 3, 0.1, 0.2, "x")).getMessage());
        assertEquals("source must not be blank but was ' '", assertThrows(IllegalArgumentException.class,
                () -> ChurnBenchmark.from(3, 0.1, 0.2, " ")).getMessage());
        assertEquals("ageYears must be finite and not negative but was -1.0", assertThrows(IllegalArgumentException.class,
                () -> ChurnBenchmarks.defaults().compare(0.1, RatePeriod.ANNUAL, -1)).getMessage());
        assertEquals("rate must be in [0, 1] but was 1.5", assertThrows(IllegalArgumentException.class,
                () -> ChurnBenchmarks.defaults().compare(1.5, RatePeriod.ANNUAL, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChurnBenchmarks.defaults().compare(Ratio.UNDEFINED,
                RatePeriod.MONTHLY, 1));
    }

    @Test
    void jsonRoundTrips() {
        JsonRoundTrip.assertRoundTrips(ChurnBenchmarks.defaults(), ChurnBenchmarks.class);
        JsonRoundTrip.assertRoundTrips(ChurnBenchmarks.defaults().compare(0.03, RatePeriod.MONTHLY, 2),
                ChurnBenchmarkComparison.class);
        JsonRoundTrip.assertRoundTrips(ChurnBenchmarks.defaults().compare(0.03, RatePeriod.MONTHLY, 5),
                ChurnBenchmarkComparison.class);
    }

    @Property
    void positionAndDistanceAgreeWithTheBand(@ForAll @IntRange(min = 0, max = 1000) int permille,
            @ForAll @IntRange(min = 0, max = 30) int age, @ForAll boolean monthly) {
        RatePeriod period = monthly ? RatePeriod.MONTHLY : RatePeriod.ANNUAL;
        ChurnBenchmarkComparison c = ChurnBenchmarks.defaults().compare(permille / 1000.0, period, age);
        if (c.band() == null) {
            assertTrue(age >= 3 && age < 10);
            assertEquals(BenchmarkPosition.NO_BAND, c.position());
            return;
        }
        double annual = c.annualChurn();
        double distance = c.pointsOutside();
        assertTrue(distance >= 0);
        switch (c.position()) {
            case ABOVE -> assertEquals(annual, c.band().high() + distance, 1e-15);
            case BELOW -> assertEquals(annual, c.band().low() - distance, 1e-15);
            default -> assertTrue(annual >= c.band().low() && annual <= c.band().high());
        }
        // A monthly rate is compared as its annual equivalent; more churn is never a better position.
        if (monthly) {
            assertEquals(ChurnConversions.annualChurn(permille / 1000.0), annual);
        }
        if (permille < 1000) {
            ChurnBenchmarkComparison more = ChurnBenchmarks.defaults().compare((permille + 1) / 1000.0, period, age);
            assertTrue(more.position().compareTo(c.position()) >= 0);
        }
    }
}
