package io.github.saasmetrics.examples.sample;

import io.github.saasmetrics.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The bundled sample: a made-up but realistic subscription business, generated deterministically.
 *
 * <p>About 3,000 customers sign up from January 2023 to December 2024, slowly more each month.
 * They buy one of four tiers ({@link Plan}: starter, team, business, enterprise), monthly,
 * quarterly or yearly, one to a few units; about 10 % pay in EUR or GBP, converted with monthly
 * exchange rates that drift. Some start with a 14-day trial (a quarter of trials never convert),
 * some use a coupon (20 % off for three months, 10 % off forever, half off the first month, or an
 * amount off the first invoice). Each month a customer may cancel (about 3 %, more in the first
 * months and on cheaper tiers; at the end of the paid period or at once), upgrade or downgrade (the
 * old subscription ends and a new one starts on a billing day), or fall past due (most pay within
 * days, the rest are cancelled); some who left come back months later. Customers answer an NPS
 * survey (more detractors among those about to leave, slowly improving over time) and rate support
 * tickets on a 1–5 scale. Most churn events have a recorded reason (payment failure for a cancelled
 * past-due subscription, otherwise a reason that depends on the plan), some have none, and a few
 * are recorded in the wrong month.
 *
 * <p>The same seed gives the same data, bit for bit, on every machine: the generator draws from
 * one {@link java.util.SplittableRandom} in a fixed order and uses {@link StrictMath}. The files
 * under {@code src/main/resources/sample/} are this data written by {@code SampleFiles}.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class SampleData {

    /** The seed of the bundled sample. */
    public static final long SEED = 20_230_101L;

    /** The first month of sign-ups and of the report. */
    public static final YearMonth FIRST_MONTH = YearMonth.of(2023, 1);

    /** The last month of sign-ups and of the report. */
    public static final YearMonth LAST_MONTH = YearMonth.of(2024, 12);

    /** The day the data was exported: nothing that happens on or after it is known. */
    public static final LocalDate AS_OF = LAST_MONTH.plusMonths(1).atDay(1);

    private SampleData() {
    }

    /**
     * The reporting period of the sample: January 2023 to December 2024.
     *
     * @return the period, not null
     */
    public static ReportingPeriod period() {
        return ReportingPeriod.months(FIRST_MONTH, LAST_MONTH);
    }

    /**
     * Generates the bundled sample.
     *
     * @return the data set, not null
     */
    public static SampleDataset generate() {
        return generate(SEED);
    }

    /**
     * Generates a sample from another seed: the same kind of business, other customers.
     *
     * @param seed any value
     * @return the data set, not null
     */
    public static SampleDataset generate(long seed) {
        return new Simulation(seed).run();
    }
}
