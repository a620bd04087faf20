package io.github.saasmetrics.examples.cli;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.time.ReportingPeriod;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --period}: {@code 2024-01..2024-12}, the months from the first to the last, both
 * included. Either end, or the whole text, may also be any calendar period that
 * {@link ReportingPeriod#parse} reads ({@code 2024}, {@code 2024-Q3}, {@code 2024-03}): the period
 * then runs from that one's first month to the other's last, so {@code 2024} is the year and
 * {@code 2023-Q4..2024-Q1} six months.
 *
 * <p>Custom day ranges ({@code 2024-01-15/2024-02-15}) are refused: the ledger counts whole months.
 *
 * <p>This class is stateless, immutable and thread-safe.
 */
public final class PeriodConverter implements ITypeConverter<ReportingPeriod> {

    /** The separator of the first and the last month. */
    static final String RANGE = "..";

    private static final String SHAPE = "a period must look like 2024-01..2024-12 (first and last month, both"
            + " included), 2024 or 2024-Q3";

    @Override
    public ReportingPeriod convert(String text) {
        return parse(text);
    }

    /**
     * Reads a period.
     *
     * @param text the option's value, not null
     * @return whole months, not null
     * @throws TypeConversionException if the text is no period, a custom day range, or ends before it starts
     */
    public static ReportingPeriod parse(String text) {
        int range = text.indexOf(RANGE);
        if (range < 0) {
            return months(text, text);
        }
        return months(text.substring(0, range), text.substring(range + RANGE.length()));
    }

    private static ReportingPeriod months(String first, String last) {
        ReportingPeriod from = calendar(first);
        ReportingPeriod to = calendar(last);
        if (to.lastMonth().isBefore(from.firstMonth())) {
            throw new TypeConversionException("the period must not end (" + to.lastMonth() + ") before it starts ("
                    + from.firstMonth() + ")");
        }
        try {
            return ReportingPeriod.months(from.firstMonth(), to.lastMonth());
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** One end: a month, quarter or year. */
    private static ReportingPeriod calendar(String text) {
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(SHAPE + "; '" + Limits.quote(text) + "' is none of these");
        }
        if (!period.wholeMonths()) {
            throw new TypeConversionException(SHAPE + "; '" + Limits.quote(text) + "' is a range of days, and metrics need whole"
                    + " months");
        }
        return period;
    }
}
