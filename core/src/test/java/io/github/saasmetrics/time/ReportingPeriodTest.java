package io.github.saasmetrics.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void calendarPeriodsHaveNamesAndNeighbours() {
        ReportingPeriod march = ReportingPeriod.month(YearMonth.of(2024, 3));
        assertEquals("2024-03", march.toString());
        assertEquals(31, march.lengthInDays());
        assertEquals("2024-04", march.next().toString());
        assertEquals("2024-02", march.previous().toString());
        ReportingPeriod q1 = ReportingPeriod.quarter(2024, 1);
        assertEquals("2024-Q1", q1.toString());
        assertEquals(91, q1.lengthInDays());
        assertEquals("2024-Q2", q1.next().toString());
        assertEquals("2023-Q4", q1.previous().toString());
        assertEquals(List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3)), q1.months());
        ReportingPeriod y = ReportingPeriod.year(2024);
        assertEquals("2024", y.toString());
        assertEquals(366, y.lengthInDays());
        assertEquals("2025", y.next().toString());
    }

    @Test
    void aRangeThatIsACalendarPeriodIsThatPeriod() {
        assertEquals(ReportingPeriod.month(YearMonth.of(2024, 3)),
                ReportingPeriod.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1)));
        assertEquals("2024-Q3", ReportingPeriod.ofClosed(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30)).toString());
        // Three months that are not a calendar quarter stay a plain range.
        assertEquals("2024-02-01/2024-05-01", ReportingPeriod.months(YearMonth.of(2024, 2), YearMonth.of(2024, 4)).toString());
    }

    @Test
    void customRangesAreHalfOpen() {
        ReportingPeriod p = ReportingPeriod.parse("2024-01-15/2024-02-15");
        assertEquals(31, p.lengthInDays());
        assertTrue(p.contains(LocalDate.of(2024, 1, 15)));
        assertTrue(p.contains(LocalDate.of(2024, 2, 14)));
        assertFalse(p.contains(LocalDate.of(2024, 2, 15)));
        assertEquals(LocalDate.of(2024, 2, 14), p.endInclusive());
        assertEquals(List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2)), p.months());
        assertEquals("2024-02-15/2024-03-17", p.next().toString());
        assertEquals("2023-12-15/2024-01-15", p.previous().toString());
        assertFalse(p.wholeMonths());
    }

    @Test
    void emptyOrReversedPeriodsAreRejected() {
        LocalDate d = LocalDate.of(2024, 1, 1);
        assertEquals("endExclusive must be after start but was start=2024-01-01, endExclusive=2024-01-01",
                assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.of(d, d)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.ofClosed(d, d.minusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.quarter(2024, 5));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("2024-02-01/2024-01-01"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("March"));
        assertTrue(e.getMessage().contains("'March'"), e.getMessage());
    }

    @Test
    void jsonIsTheTextForm() {
        assertEquals("\"2024-Q1\"", JsonRoundTrip.assertRoundTrips(ReportingPeriod.quarter(2024, 1), ReportingPeriod.class));
        JsonRoundTrip.assertRoundTrips(ReportingPeriod.parse("2024-01-15/2024-02-15"), ReportingPeriod.class);
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-5000, 50000)
                .map(n -> LocalDate.of(1990, 1, 1).plusDays(n));
        Arbitrary<ReportingPeriod> custom = Combinators.combine(dates, Arbitraries.integers().between(1, 800))
                .as((d, len) -> ReportingPeriod.of(d, d.plusDays(len)));
        Arbitrary<ReportingPeriod> months = Arbitraries.integers().between(1900, 2200)
                .flatMap(y -> Arbitraries.integers().between(1, 12).map(m -> ReportingPeriod.month(YearMonth.of(y, m))));
        Arbitrary<ReportingPeriod> quarters = Arbitraries.integers().between(1900, 2200)
                .flatMap(y -> Arbitraries.integers().between(1, 4).map(q -> ReportingPeriod.quarter(y, q)));
        Arbitrary<ReportingPeriod> years = Arbitraries.integers().between(1900, 2200).map(ReportingPeriod::year);
        return Arbitraries.oneOf(custom, months, quarters, years);
    }

    @Property
    void textRoundTrips(@ForAll("periods") ReportingPeriod p) {
        assertEquals(p, ReportingPeriod.parse(p.toString()));
    }

    @Property
    void nextAndPreviousAreAdjacent(@ForAll("periods") ReportingPeriod p) {
        assertEquals(p.endExclusive(), p.next().start());
        assertEquals(p.start(), p.previous().endExclusive());
        if (!p.toString().contains("/")) {
            // Calendar periods step by calendar units, so the steps are inverse.
            assertEquals(p, p.next().previous());
            assertEquals(p, p.previous().next());
        } else {
            // Other ranges step by their own length in days.
            assertEquals(p.lengthInDays(), p.next().lengthInDays());
            assertEquals(p.lengthInDays(), p.previous().lengthInDays());
        }
    }

    @Property
    void monthsCoverTheRange(@ForAll("periods") ReportingPeriod p) {
        List<YearMonth> months = p.months();
        assertEquals(YearMonth.from(p.start()), months.get(0));
        assertEquals(YearMonth.from(p.endInclusive()), months.get(months.size() - 1));
    }
}
