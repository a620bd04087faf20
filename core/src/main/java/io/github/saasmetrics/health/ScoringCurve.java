package io.github.saasmetrics.health;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.table.Figures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A monotone map from a signal's raw value to a goodness between 0 (as bad as it gets) and 1
 * (full health), defined by knots {@code at:goodness} in increasing order of {@code at}.
 *
 * <ul>
 *   <li>{@link Shape#LINEAR}: straight lines between the knots, flat beyond the first and last
 *       knot. {@code linear 10:1, 60:0} gives goodness 1 up to 10 days without engagement, 0 from 60
 *       days on, and 0.5 at 35 days.</li>
 *   <li>{@link Shape#STEPS}: thresholds. A value takes the goodness of the last knot whose
 *       {@code at} it reaches ({@code at} is inclusive); below the first knot it takes the first
 *       knot's goodness. {@code steps 0:1, 1:0.75, 3:0.25, 6:0} gives 1 for no open tickets, 0.75
 *       for 1–2, 0.25 for 3–5 and 0 for 6 or more.</li>
 * </ul>
 *
 * <p><b>Monotone by construction.</b> The knots' goodness must rise or fall (not strictly) along the
 * curve, so a worse raw value can never score better; a curve that goes up and down is rejected.
 * Whether higher or lower raw values are better is read from the knots ({@link #higherIsBetter()}).
 *
 * <p><b>Text form</b> (also the JSON form): the shape in lower case, a space, and the knots as
 * {@code at:goodness} separated by a comma and a space, such as {@code linear -0.3:0, 0:1};
 * {@link #toString()} and {@link #parse(CharSequence)} round-trip exactly.
 *
 * <p><b>Limits.</b> A curve has at most {@value #MAX_KNOTS} knots and its text at most
 * {@value #MAX_TEXT_LENGTH} characters; past either the library throws {@link IllegalArgumentException}
 * before parsing or copying anything, and quotes at most the first 64 characters of the text.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param shape how to read between the knots, not null
 * @param knots the knots, not null, at least one ({@code LINEAR}: at least two), {@code at} finite and
 *     strictly increasing, goodness from 0 to 1 and monotone along the list; at most {@value #MAX_KNOTS}
 */
public record ScoringCurve(Shape shape, List<Knot> knots) {

    /** The most knots a curve may have: {@value}. A health signal's curve needs a handful. */
    public static final int MAX_KNOTS = 1_000;

    /** The most characters {@link #parse(CharSequence)} reads: {@value}, room for {@value #MAX_KNOTS} knots. */
    public static final int MAX_TEXT_LENGTH = 100_000;

    /** How a curve reads between its knots. */
    public enum Shape {
        /** Straight lines between the knots, flat outside them. */
        LINEAR,
        /** Thresholds: the goodness of the last knot reached. */
        STEPS
    }

    /**
     * One point of a curve: a raw value and its goodness.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param at the raw value, finite
     * @param goodness the goodness at {@code at}, from 0 to 1
     */
    public record Knot(double at, double goodness) {

        /**
         * Validates the knot and turns {@code -0.0} into {@code 0.0}, so that equal text means equal knots.
         *
         * @throws IllegalArgumentException if {@code at} is not finite or the goodness is outside 0..1
         */
        public Knot {
            if (!Double.isFinite(at)) {
                throw new IllegalArgumentException("knot at must be finite but was " + at);
            }
            if (!(goodness >= 0 && goodness <= 1)) {
                throw new IllegalArgumentException("knot goodness must be 0..1 but was " + goodness);
            }
            at += 0.0;
            goodness += 0.0;
        }

        /**
         * Obtains a knot.
         *
         * @param at the raw value, finite
         * @param goodness the goodness, from 0 to 1
         * @return the knot, not null
         * @throws IllegalArgumentException if {@code at} is not finite or the goodness is outside 0..1
         */
        public static Knot of(double at, double goodness) {
            return new Knot(at, goodness);
        }

        /**
         * The text form {@code at:goodness}, such as {@code 0.9:1}.
         *
         * @return the text form, not null
         */
        @Override
        public String toString() {
            return Figures.number(at) + ":" + Figures.number(goodness);
        }
    }

    /**
     * Validates the curve.
     *
     * @throws NullPointerException if the shape, the list or a knot is null (the message names the knot's index)
     * @throws IllegalArgumentException if there are too few or more than {@value #MAX_KNOTS} knots, the {@code at}
     *     values do not strictly increase, or the goodness rises and falls
     */
    public ScoringCurve {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(knots, "knots");
        if (knots.size() > MAX_KNOTS) {
            throw new IllegalArgumentException("a curve has at most " + MAX_KNOTS + " knots but had " + knots.size());
        }
        for (int i = 0; i < knots.size(); i++) {
            Objects.requireNonNull(knots.get(i), "knot " + i);
        }
        knots = List.copyOf(knots);
        int minimum = shape == Shape.LINEAR ? 2 : 1;
        if (knots.size() < minimum) {
            throw new IllegalArgumentException("a " + shape.name().toLowerCase(Locale.ROOT) + " curve needs at least "
                    + minimum + " knots but had " + knots.size());
        }
        boolean rises = false;
        boolean falls = false;
        for (int i = 1; i < knots.size(); i++) {
            Knot previous = knots.get(i - 1);
            Knot knot = knots.get(i);
            if (!(knot.at() > previous.at())) {
                throw new IllegalArgumentException("knots must be in strictly increasing order of at but "
                        + knot + " follows " + previous);
            }
            rises |= knot.goodness() > previous.goodness();
            falls |= knot.goodness() < previous.goodness();
        }
        if (rises && falls) {
            throw new IllegalArgumentException("curve goodness must rise or fall monotonically but was "
                    + Limits.quote(shape.name().toLowerCase(Locale.ROOT) + " " + join(knots)));
        }
    }

    /**
     * A straight line from goodness 0 at {@code worst} to goodness 1 at {@code best}, flat beyond.
     *
     * <p>Example: {@code linear(60, 10)} is {@code linear 10:1, 60:0} (fewer days since engagement is better).
     *
     * @param worst the raw value with goodness 0, and anything beyond it, finite
     * @param best the raw value with goodness 1, and anything beyond it, finite, not equal to {@code worst}
     * @return the curve, not null
     * @throws IllegalArgumentException if a value is not finite or the two are equal
     */
    public static ScoringCurve linear(double worst, double best) {
        if (!Double.isFinite(worst)) {
            throw new IllegalArgumentException("worst must be finite but was " + worst);
        }
        if (!Double.isFinite(best)) {
            throw new IllegalArgumentException("best must be finite but was " + best);
        }
        if (worst == best) {
            throw new IllegalArgumentException("worst and best must differ but both were " + worst);
        }
        return worst < best
                ? new ScoringCurve(Shape.LINEAR, List.of(Knot.of(worst, 0), Knot.of(best, 1)))
                : new ScoringCurve(Shape.LINEAR, List.of(Knot.of(best, 1), Knot.of(worst, 0)));
    }

    /**
     * Straight lines through the given knots, flat outside them.
     *
     * @param knots at least two knots in strictly increasing order of {@code at}, monotone goodness
     * @return the curve, not null
     * @throws NullPointerException if the array or a knot is null
     * @throws IllegalArgumentException if the knots do not form a monotone curve or are more than {@value #MAX_KNOTS}
     */
    public static ScoringCurve piecewiseLinear(Knot... knots) {
        return new ScoringCurve(Shape.LINEAR, Arrays.asList(Objects.requireNonNull(knots, "knots")));
    }

    /**
     * Thresholds: each knot's goodness applies from its {@code at} (inclusive) up to the next knot.
     *
     * <p>Example: {@code steps(Knot.of(0, 0), Knot.of(7, 0.5), Knot.of(9, 1))} scores an NPS answer:
     * detractors 0, passives 0.5, promoters 1.
     *
     * @param knots at least one knot in strictly increasing order of {@code at}, monotone goodness
     * @return the curve, not null
     * @throws NullPointerException if the array or a knot is null
     * @throws IllegalArgumentException if the knots do not form a monotone curve or are more than {@value #MAX_KNOTS}
     */
    public static ScoringCurve steps(Knot... knots) {
        return new ScoringCurve(Shape.STEPS, Arrays.asList(Objects.requireNonNull(knots, "knots")));
    }

    /**
     * Parses the text form, such as {@code linear 10:1, 60:0} or {@code steps 0:0, 7:0.5, 9:1}.
     *
     * @param text the shape ({@code linear} or {@code steps}, any case), a space, and comma-separated
     *     {@code at:goodness} knots, not null
     * @return the curve, not null
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if the text is longer than {@value #MAX_TEXT_LENGTH} characters, not of
     *     that form, or the curve is invalid; the message quotes the text as {@link Limits#quote(CharSequence)} does
     */
    @JsonCreator
    public static ScoringCurve parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("curve text must have at most " + MAX_TEXT_LENGTH + " characters but was '"
                    + Limits.quote(text) + "'");
        }
        String s = text.toString().strip();
        int space = s.indexOf(' ');
        try {
            if (space < 0) {
                throw new IllegalArgumentException("no knots");
            }
            String shapeName = s.substring(0, space);
            Shape shape = null;
            for (Shape candidate : Shape.values()) {
                if (candidate.name().equalsIgnoreCase(shapeName)) {
                    shape = candidate;
                }
            }
            if (shape == null) {
                throw new IllegalArgumentException("unknown shape '" + Limits.quote(shapeName) + "'");
            }
            List<Knot> knots = new ArrayList<>();
            for (String part : s.substring(space + 1).split(",")) {
                String[] pair = part.strip().split(":", -1);
                if (pair.length != 2) {
                    throw new IllegalArgumentException("knot '" + Limits.quote(part.strip()) + "' is not at:goodness");
                }
                knots.add(Knot.of(number(pair[0]), number(pair[1])));
            }
            return new ScoringCurve(shape, knots);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("curve text must look like 'linear 10:1, 60:0' or 'steps 0:0, 7:0.5, 9:1'"
                    + " but was '" + Limits.quote(s) + "': " + e.getMessage(), e);
        }
    }

    private static double number(String text) {
        String s = text.strip();
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + Limits.quote(s) + "' is not a number", e);
        }
    }

    /**
     * The goodness of a raw value.
     *
     * <p>Example: {@code parse("linear 10:1, 60:0").goodness(45)} is 0.3.
     *
     * @param value the raw value, not NaN
     * @return the goodness, from 0 to 1
     * @throws IllegalArgumentException if the value is NaN
     */
    public double goodness(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("value must not be NaN");
        }
        Knot first = knots.get(0);
        if (value <= first.at()) {
            return first.goodness();
        }
        int i = 1;
        while (i < knots.size() && knots.get(i).at() <= value) {
            i++;
        }
        // knots[i − 1].at ≤ value < knots[i].at, or value is at or past the last knot.
        Knot left = knots.get(i - 1);
        if (shape == Shape.STEPS || i == knots.size() || value == left.at()) {
            return left.goodness();
        }
        Knot right = knots.get(i);
        // Measure from the knot with the lower goodness: every step is then monotone in the value, and a
        // curve ending at goodness 0 gives exact quotients (45 on linear 10:1, 60:0 is 15/50 = 0.3).
        double width = right.at() - left.at();
        double g = right.goodness() >= left.goodness()
                ? left.goodness() + (right.goodness() - left.goodness()) * (value - left.at()) / width
                : right.goodness() + (left.goodness() - right.goodness()) * (right.at() - value) / width;
        // Clamp to the segment so that rounding cannot break monotonicity at a knot.
        double low = Math.min(left.goodness(), right.goodness());
        double high = Math.max(left.goodness(), right.goodness());
        return Math.min(high, Math.max(low, g));
    }

    /**
     * Whether higher raw values score at least as well as lower ones, that is, the last knot's
     * goodness is at least the first's. A flat curve counts as rising.
     *
     * @return true for a rising curve, false for a falling one
     */
    public boolean higherIsBetter() {
        return knots.get(knots.size() - 1).goodness() >= knots.get(0).goodness();
    }

    /**
     * The text form, such as {@code linear 10:1, 60:0}; {@link #parse(CharSequence)} reads it back.
     *
     * @return the text form, not null
     */
    @JsonValue
    @Override
    public String toString() {
        return shape.name().toLowerCase(Locale.ROOT) + " " + join(knots);
    }

    private static String join(List<Knot> knots) {
        StringBuilder out = new StringBuilder();
        for (Knot knot : knots) {
            out.append(out.length() == 0 ? "" : ", ").append(knot);
        }
        return out.toString();
    }
}
