package io.github.saasmetrics.surveys;

import java.util.Objects;

/**
 * An answer scale for customer satisfaction and its top box: answers from {@code min} to
 * {@code max}, of which {@code topBoxFrom} to {@code max} count as satisfied.
 *
 * <p>The default, {@link #DEFAULT}, is the common 1–5 scale with 4 and 5 ("satisfied", "very
 * satisfied") as the top box. Other common scales: {@code Csat.scale(1, 7, 6)}, or
 * {@code Csat.scale(1, 10, 9)}; a single top box such as {@code Csat.scale(1, 5, 5)} gives a
 * stricter score.
 *
 * <p>Example: {@code Csat.scale(1, 7, 6).score(7, 6, 5, 2)} has 2 of 4 answers in the top box: 50 %.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param min the lowest answer, any value below {@code max}
 * @param max the highest answer
 * @param topBoxFrom the lowest satisfied answer, above {@code min} and at most {@code max}
 */
public record CsatScale(int min, int max, int topBoxFrom) {

    /** Answers 1 to 5, top box 4 and 5. */
    public static final CsatScale DEFAULT = new CsatScale(1, 5, 4);

    /**
     * Validates the scale.
     *
     * @throws IllegalArgumentException if {@code min ≥ max} or {@code topBoxFrom} is not in {@code (min, max]}
     */
    public CsatScale {
        if (min >= max) {
            throw new IllegalArgumentException("min must be below max but was min=" + min + ", max=" + max);
        }
        if (topBoxFrom <= min || topBoxFrom > max) {
            throw new IllegalArgumentException("topBoxFrom must be above min (" + min + ") and at most max (" + max
                    + ") but was " + topBoxFrom);
        }
    }

    /**
     * Whether an answer is in the top box.
     *
     * @param answer the answer, from {@code min} to {@code max}
     * @return true if {@code answer ≥ topBoxFrom}
     * @throws IllegalArgumentException if the answer is off the scale
     */
    public boolean topBox(int answer) {
        if (answer < min || answer > max) {
            throw new IllegalArgumentException("answer must be " + min + ".." + max + " but was " + answer);
        }
        return answer >= topBoxFrom;
    }

    /**
     * The satisfaction score of answers on this scale.
     *
     * @param answers the answers, not null, each from {@code min} to {@code max}; may be empty
     * @return the score, not null; with no answers its share is undefined
     * @throws IllegalArgumentException if an answer is off the scale (the message names its index and value)
     */
    public CsatScore score(int... answers) {
        Objects.requireNonNull(answers, "answers");
        long top = 0;
        for (int i = 0; i < answers.length; i++) {
            int answer = answers[i];
            if (answer < min || answer > max) {
                throw new IllegalArgumentException("answer at index " + i + " must be " + min + ".." + max
                        + " but was " + answer);
            }
            if (answer >= topBoxFrom) {
                top++;
            }
        }
        return new CsatScore(this, top, answers.length);
    }

    /**
     * The score of no answers on this scale: the identity of {@link CsatScore#plus(CsatScore)}.
     *
     * @return the empty score, not null
     */
    public CsatScore empty() {
        return new CsatScore(this, 0, 0);
    }

    /**
     * A summary such as {@code 1..5, top box 4..5}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return min + ".." + max + ", top box " + (topBoxFrom == max ? Integer.toString(max) : topBoxFrom + ".." + max);
    }
}
