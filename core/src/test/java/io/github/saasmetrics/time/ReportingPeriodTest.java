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
import net.jqwik.api.constraints.IntRange;
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
    void yearsOutsideOneThousandToNineThousandRoundTrip() {
        assertEquals("0999-Q1", ReportingPeriod.quarter(999, 1).toString());
        assertEquals("0999", ReportingPeriod.year(999).toString());
        assertEquals("0000-03", ReportingPeriod.month(YearMonth.of(0, 3)).toString());
        assertEquals("-0044-Q1", ReportingPeriod.quarter(-44, 1).toString());
        assertEquals("-0044", ReportingPeriod.year(-44).toString());
        assertEquals("10000-03", ReportingPeriod.month(YearMonth.of(10000, 3)).toString());
        assertEquals("10000-Q4", ReportingPeriod.quarter(10000, 4).toString());
        assertEquals("+10000-01-15/+10000-02-15", ReportingPeriod.of(LocalDate.of(10000, 1, 15),
                LocalDate.of(10000, 2, 15)).toString());
        for (ReportingPeriod p : new ReportingPeriod[] {ReportingPeriod.quarter(999, 1), ReportingPeriod.year(999),
            ReportingPeriod.year(-44), ReportingPeriod.quarter(-44, 1), ReportingPeriod.month(YearMonth.of(10000, 3)),
            ReportingPeriod.month(YearMonth.of(-999_999_999, 1)), ReportingPeriod.year(999_999_998),
            ReportingPeriod.quarter(999_999_999, 3), ReportingPeriod.month(YearMonth.of(999_999_999, 11))}) {
            assertEquals(p, ReportingPeriod.parse(p.toString()), p::toString);
        }
        assertEquals(ReportingPeriod.year(10000), ReportingPeriod.parse("+10000"));
        assertEquals(ReportingPeriod.month(YearMonth.of(10000, 3)), ReportingPeriod.parse("+10000-03"));
    }

    @Test
    void periodsBeyondTheLastDateAreRejectedSayingTheRange() {
        String range = "years go from -999999999 to 999999998 (and months of 999999999 up to November)";
        assertEquals("year 999999999 would end after +999999999-12-31, the last date a reporting period can hold (years"
                + " from -999999999 to 999999998, and in 999999999 months up to November)",
                assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.year(999_999_999)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.quarter(999_999_999, 4));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.month(YearMonth.of(999_999_999, 12)));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.months(YearMonth.of(2024, 1),
                YearMonth.of(999_999_999, 12)));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.ofClosed(LocalDate.of(2024, 1, 1),
                LocalDate.MAX));
        assertEquals("year -1000000000 is out of range: " + range,
                assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.year(-1_000_000_000)).getMessage());
        assertEquals("quarter 1000000000-Q1 is out of range: " + range,
                assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.quarter(1_000_000_000, 1)).getMessage());
        for (String text : new String[] {"999999999", "999999999-Q4", "999999999-12", "-1000000000", "2024-13", "999",
            "2024-Q5", "2024-00", "+999999999-12-31/+1000000000-01-01"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse(text));
            assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        }
    }

    /** Every period of the documented range, calendar or not, round-trips through its text. */
    @Property
    void textRoundTripsOverTheWholeRange(@ForAll @IntRange(min = -999_999_999, max = 999_999_999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 0, max = 400) int days) {
        if (year < 999_999_999) {
            assertRoundTrips(ReportingPeriod.year(year));
        }
        if (year < 999_999_999 || month < 10) {
            assertRoundTrips(ReportingPeriod.quarter(year, (month + 2) / 3));
        }
        if (year < 999_999_999 || month < 12) {
            assertRoundTrips(ReportingPeriod.month(YearMonth.of(year, month)));
        }
        if (year < 999_999_998) {
            LocalDate start = LocalDate.of(year, month, 1).plusDays(days % 28);
            assertRoundTrips(ReportingPeriod.of(start, start.plusDays(1 + days)));
        }
    }

    private static void assertRoundTrips(ReportingPeriod p) {
        assertEquals(p, ReportingPeriod.parse(p.toString()), p::toString);
        assertEquals(p.toString(), ReportingPeriod.parse(p.toString()).toString());
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
