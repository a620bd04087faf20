package io.github.saasmetrics.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.RandomAccess;
import org.junit.jupiter.api.Test;

/** A period's months: computed, not stored, counted without listing, and still a plain list. */
class ReportingPeriodMonthsTest {

    @Test
    void monthsAreAComputedListEqualToTheListedOne() throws Exception {
        ReportingPeriod q1 = ReportingPeriod.quarter(2024, 1);
        List<YearMonth> months = q1.months();
        assertEquals(List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3)), months);
        assertTrue(months instanceof RandomAccess);
        assertThrows(IndexOutOfBoundsException.class, () -> months.get(3));
        assertThrows(UnsupportedOperationException.class, () -> months.add(YearMonth.of(2024, 4)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(months);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(months, in.readObject());
        }
    }

    @Test
    void aPeriodIsCountedAndAskedWithoutListingItsMonths() {
        ReportingPeriod all = ReportingPeriod.parse("-999999999-01-01/+999999999-01-01");
        assertEquals(23_999_999_976L, all.monthCount());
        assertTrue(all.touches(YearMonth.of(2024, 3)));
        assertFalse(all.touches(YearMonth.of(999_999_999, 1)));
        assertEquals(2, ReportingPeriod.parse("2024-01-15/2024-02-15").monthCount());
        assertEquals(1, ReportingPeriod.parse("2024-01-15/2024-01-16").monthCount());
        assertEquals("period -999999999-01-01/+999999999-01-01 touches 23999999976 months, more than a list holds"
                + " (2147483647)", assertThrows(IllegalStateException.class, all::months).getMessage());
        ReportingPeriod longest = ReportingPeriod.months(YearMonth.of(0, 1), YearMonth.of(0, 1).plusMonths(Integer.MAX_VALUE - 1));
        assertEquals(Integer.MAX_VALUE, longest.months().size());
        assertEquals(YearMonth.of(0, 1).plusMonths(Integer.MAX_VALUE - 1), longest.months().get(Integer.MAX_VALUE - 1));
    }
}
