package io.github.saasmetrics.surveys;

/**
 * Customer satisfaction (CSAT): the share of answers in the top box of a rating scale, by default
 * 4 or 5 on a 1–5 scale.
 *
 * <p>{@code CSAT = answers in the top box / all answers}; see {@link CsatScore} for the Wilson
 * interval. An answer off the scale is rejected with {@link IllegalArgumentException} naming it.
 *
 * <p>Example: {@code Csat.score(5, 4, 4, 3, 1)} has 3 of 5 answers in the top box: 60 %.
 * {@code Csat.scale(1, 7, 6).score(7, 6, 5, 2)} uses a 1–7 scale with top box 6–7: 50 %.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class Csat {

    private Csat() {
    }

    /**
     * The satisfaction score of answers on the default scale (1 to 5, top box 4 and 5).
     *
     * @param answers the answers, not null, each from 1 to 5; may be empty
     * @return the score, not null; with no answers its share is undefined
     * @throws IllegalArgumentException if an answer is outside 1..5 (the message names its index and value)
     */
    public static CsatScore score(int... answers) {
        return CsatScale.DEFAULT.score(answers);
    }

    /**
     * A scale from {@code min} to {@code max} whose top box is {@code topBoxFrom} to {@code max}.
     *
     * @param min the lowest answer, below {@code max}
     * @param max the highest answer
     * @param topBoxFrom the lowest satisfied answer, above {@code min} and at most {@code max}
     * @return the scale, not null
     * @throws IllegalArgumentException if {@code min ≥ max} or {@code topBoxFrom} is not in {@code (min, max]}
     */
    public static CsatScale scale(int min, int max, int topBoxFrom) {
        return new CsatScale(min, max, topBoxFrom);
    }
}
