package io.github.saasmetrics.health;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.table.Figures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoublePredicate;
import javax.annotation.Nullable;

/**
 * A condition on a {@link HealthAssessment} that sets off a playbook action: either the band
 * ({@code band CRITICAL}) or a signal's raw value against a threshold ({@code NPS <= 6},
 * {@code CHAMPION_CHANGE >= 1}, {@code USAGE_FREQUENCY < 0.25}).
 *
 * <p>A signal trigger compares the raw value on the scale described at {@link HealthSignal} and
 * fires only if the assessment has that signal (it was known and the model uses it): a missing
 * signal never sets off an action.
 *
 * <p><b>Text form</b> (also the JSON form): {@code band NAME}, or {@code SIGNAL OP NUMBER} with
 * {@code OP} one of {@code <}, {@code <=}, {@code >=}, {@code >}; {@link #toString()} and
 * {@link #parse(CharSequence)} round-trip.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param band the band that fires the trigger; null for a signal trigger
 * @param signal the signal compared; null for a band trigger
 * @param comparison how the raw value is compared with the threshold; null for a band trigger
 * @param threshold the threshold, finite; 0 for a band trigger
 */
public record PlaybookTrigger(@Nullable HealthBand band, @Nullable HealthSignal signal, @Nullable Comparison comparison,
        double threshold) {

    /** The most characters {@link #parse(CharSequence)} reads: {@value}; a trigger is a few words. */
    public static final int MAX_TEXT_LENGTH = 1_000;

    /** How a signal's raw value is compared with a trigger's threshold. */
    public enum Comparison {
        /** {@code value < threshold}. */
        BELOW("<", (v, t) -> v < t),
        /** {@code value <= threshold}. */
        AT_MOST("<=", (v, t) -> v <= t),
        /** {@code value >= threshold}. */
        AT_LEAST(">=", (v, t) -> v >= t),
        /** {@code value > threshold}. */
        ABOVE(">", (v, t) -> v > t);

        private final String symbol;
        private final Test test;

        Comparison(String symbol, Test test) {
            this.symbol = symbol;
            this.test = test;
        }

        /**
         * The operator as written in the text form, such as {@code <=}.
         *
         * @return the operator, not null
         */
        public String symbol() {
            return symbol;
        }

        /**
         * Compares a value with a threshold.
         *
         * @param value the raw value
         * @param threshold the threshold
         * @return true if the comparison holds
         */
        public boolean test(double value, double threshold) {
            return test.test(value, threshold);
        }

        private interface Test {
            boolean test(double value, double threshold);
        }
    }

    /**
     * Validates that exactly one kind of condition is given.
     *
     * @throws IllegalArgumentException if both or neither of band and signal are given, a signal trigger lacks its
     *     comparison or has a non-finite threshold, or a band trigger has a comparison or threshold
     */
    public PlaybookTrigger {
        if ((band == null) == (signal == null)) {
            throw new IllegalArgumentException("a trigger needs exactly one of band and signal but had band " + band
                    + " and signal " + signal);
        }
        if (band != null && (comparison != null || threshold != 0)) {
            throw new IllegalArgumentException("a band trigger takes no comparison or threshold but had "
                    + comparison + " " + threshold);
        }
        if (signal != null) {
            Objects.requireNonNull(comparison, "comparison");
            if (!Double.isFinite(threshold)) {
                throw new IllegalArgumentException("threshold of " + signal + " must be finite but was " + threshold);
            }
        }
        threshold += 0.0;
    }

    /**
     * Fires when the assessment is in a band.
     *
     * @param band the band, not null
     * @return the trigger, not null
     */
    public static PlaybookTrigger band(HealthBand band) {
        return new PlaybookTrigger(Objects.requireNonNull(band, "band"), null, null, 0);
    }

    /**
     * Fires when a signal's raw value compares as given with a threshold.
     *
     * <p>Example: {@code when(HealthSignal.NPS, Comparison.AT_MOST, 6)} fires for a detractor.
     *
     * @param signal the signal, not null
     * @param comparison the comparison, not null
     * @param threshold the threshold on the signal's raw scale, finite
     * @return the trigger, not null
     * @throws NullPointerException if the signal or comparison is null
     * @throws IllegalArgumentException if the threshold is not finite
     */
    public static PlaybookTrigger when(HealthSignal signal, Comparison comparison, double threshold) {
        return new PlaybookTrigger(null, Objects.requireNonNull(signal, "signal"), comparison, threshold);
    }

    /**
     * Parses the text form, such as {@code band CRITICAL} or {@code NPS <= 6}.
     *
     * @param text the trigger text, not null
     * @return the trigger, not null
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if the text is longer than {@value #MAX_TEXT_LENGTH} characters or not of that
     *     form (the message quotes it as {@link Limits#quote(CharSequence)} does)
     */
    @JsonCreator
    public static PlaybookTrigger parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("trigger text must have at most " + MAX_TEXT_LENGTH
                    + " characters but was '" + Limits.quote(text) + "'");
        }
        String s = text.toString().strip();
        String[] parts = s.split("\\s+");
        try {
            if (parts.length == 2 && parts[0].equalsIgnoreCase("band")) {
                return band(constant(HealthBand.class, "band", parts[1]));
            }
            if (parts.length == 3) {
                for (Comparison c : Comparison.values()) {
                    if (c.symbol().equals(parts[1])) {
                        return when(constant(HealthSignal.class, "signal", parts[0]), c, threshold(parts[2]));
                    }
                }
            }
            throw new IllegalArgumentException("unknown form");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("trigger text must look like 'band CRITICAL' or 'NPS <= 6' but was '"
                    + Limits.quote(s) + "': " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String what, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + Limits.quote(name) + "'");
    }

    private static double threshold(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("threshold '" + Limits.quote(text) + "' is not a number", e);
        }
    }

    /**
     * Whether the trigger fires for an assessment.
     *
     * @param assessment the assessment, not null
     * @return true if the band matches, or the signal is present and its raw value compares as required
     */
    public boolean matches(HealthAssessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        if (band != null) {
            return assessment.band() == band;
        }
        DoublePredicate fires = value -> comparison.test(value, threshold);
        return assessment.contribution(signal).map(c -> fires.test(c.value())).orElse(false);
    }

    /**
     * The text form, such as {@code band CRITICAL} or {@code NPS <= 6}.
     *
     * @return the text form, not null
     */
    @JsonValue
    @Override
    public String toString() {
        return band != null ? "band " + band : signal + " " + comparison.symbol() + " " + Figures.number(threshold);
    }
}
