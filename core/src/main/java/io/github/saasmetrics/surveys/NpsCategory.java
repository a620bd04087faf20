package io.github.saasmetrics.surveys;

/**
 * The three groups of the Net Promoter scale: an answer of 0 to 6 is a detractor, 7 or 8 a
 * passive, 9 or 10 a promoter.
 *
 * <p>Example: {@code NpsCategory.of(8)} is {@link #PASSIVE}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum NpsCategory {

    /** Answers 0 to 6: unhappy customers who may talk the product down. */
    DETRACTOR,
    /** Answers 7 and 8: satisfied but unenthusiastic customers; they count in {@code n} only. */
    PASSIVE,
    /** Answers 9 and 10: enthusiasts who recommend the product. */
    PROMOTER;

    /** The lowest answer on the scale. */
    public static final int MIN_SCORE = 0;
    /** The highest answer on the scale. */
    public static final int MAX_SCORE = 10;

    /**
     * The category of one answer.
     *
     * @param score the answer, from 0 to 10
     * @return the category, not null
     * @throws IllegalArgumentException if the score is outside 0..10
     */
    public static NpsCategory of(int score) {
        return ofValid(checkScore(score));
    }

    static NpsCategory ofValid(int score) {
        return score >= 9 ? PROMOTER : score >= 7 ? PASSIVE : DETRACTOR;
    }

    /**
     * Checks that an answer lies on the 0..10 scale.
     *
     * @param score the answer
     * @return the answer
     * @throws IllegalArgumentException if the score is outside 0..10, naming the value
     */
    static int checkScore(int score) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("score must be 0..10 but was " + score);
        }
        return score;
    }
}
