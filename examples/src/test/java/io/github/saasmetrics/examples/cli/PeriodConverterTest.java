package io.github.saasmetrics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

/** {@code --period} reads first and last month, both included, or a calendar period that ReportingPeriod reads. */
class PeriodConverterTest {

    @ParameterizedTest
    @CsvSource({
        "2024-01..2024-12, 2024-01, 2024-12",
        "2023-07..2023-07, 2023-07, 2023-07",
        "2024,             2024-01, 2024-12",
        "2024-Q3,          2024-07, 2024-09",
        "2024-03,          2024-03, 2024-03",
        "2023-Q4..2024-Q1, 2023-10, 2024-03",
        "2023..2024-06,    2023-01, 2024-06",
        "2024-01-01/2024-03-01, 2024-01, 2024-02"})
    void readsMonthsBothIncluded(String text, String first, String last) {
        assertEquals(ReportingPeriod.months(YearMonth.parse(first), YearMonth.parse(last)), PeriodConverter.parse(text));
    }

    @Test
    void theRangeIsTheSampleDefault() {
        assertEquals("2023-01..2024-12".length(), DataOptions.DEFAULT_PERIOD.length());
        assertEquals(24, PeriodConverter.parse(DataOptions.DEFAULT_PERIOD).monthCount());
    }

    @Test
    void refusesWhatIsNoRunOfMonths() {
        assertEquals("a period must look like 2024-01..2024-12 (first and last month, both included), 2024 or 2024-Q3;"
                + " '2024-13' is none of these", message("2024-13"));
        assertEquals("the period must not end (2024-01) before it starts (2024-05)", message("2024-05..2024-01"));
        assertEquals("a period must look like 2024-01..2024-12 (first and last month, both included), 2024 or 2024-Q3;"
                + " '2024-01-15/2024-02-15' is a range of days, and metrics need whole months",
                message("2024-01-15/2024-02-15"));
        assertEquals("a period must look like 2024-01..2024-12 (first and last month, both included), 2024 or 2024-Q3;"
                + " '' is none of these", message("2024-01.."));
        message("");
        message("2024/01..2024/12");
    }

    private static String message(String text) {
        return assertThrows(TypeConversionException.class, () -> PeriodConverter.parse(text)).getMessage();
    }
}
