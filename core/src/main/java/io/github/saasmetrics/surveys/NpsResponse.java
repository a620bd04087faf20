package io.github.saasmetrics.surveys;

import io.github.saasmetrics.customer.CustomerId;
import java.time.LocalDate;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * One answer to the Net Promoter question ("How likely is it that you would recommend us to a
 * friend or colleague?", 0 to 10): who answered, what, when, and optionally a survey weight.
 *
 * <p><b>Weights.</b> A response without a weight ({@code weight == null}) counts once. A weight,
 * such as a post-stratification weight that corrects for who chose to answer, must be a number
 * from {@code 1e-100} to {@code 1e100}: positive and finite, and in a range where the sums of
 * squared weights that the standard error needs can neither overflow nor underflow. A weight of
 * exactly 1 counts exactly like no weight. See {@link NpsScore} for how weights enter the score and
 * its standard error.
 *
 * <p>Example: {@code NpsResponse.of("cus_1", 9, LocalDate.of(2024, 3, 5))} is a promoter; its JSON
 * form is {@code {"customer":"cus_1","score":9,"date":"2024-03-05","weight":null}}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer who answered, not null
 * @param score the answer, from 0 to 10
 * @param date the day of the answer, not null; it decides the period in a trend
 * @param weight the survey weight, null for an unweighted response, else from {@code 1e-100} to {@code 1e100}
 */
public record NpsResponse(CustomerId customer, int score, LocalDate date, @Nullable Double weight) {

    /** The smallest weight accepted. */
    public static final double MIN_WEIGHT = 1e-100;
    /** The largest weight accepted. */
    public static final double MAX_WEIGHT = 1e100;

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the score is outside 0..10 or the weight is out of range
     */
    public NpsResponse {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(date, "date");
        if (score < NpsCategory.MIN_SCORE || score > NpsCategory.MAX_SCORE) {
            throw new IllegalArgumentException("score of customer " + customer + " on " + date
                    + " must be 0..10 but was " + score);
        }
        if (weight != null) {
            checkWeight(weight);
        }
    }

    /**
     * An unweighted response.
     *
     * @param customer the customer, not null
     * @param score the answer, from 0 to 10
     * @param date the day of the answer, not null
     * @return the response, not null
     * @throws IllegalArgumentException if the score is outside 0..10
     */
    public static NpsResponse of(CustomerId customer, int score, LocalDate date) {
        return new NpsResponse(customer, score, date, null);
    }

    /**
     * An unweighted response, the customer given by its identifier text.
     *
     * @param customer the customer identifier, not null, not blank
     * @param score the answer, from 0 to 10
     * @param date the day of the answer, not null
     * @return the response, not null
     * @throws IllegalArgumentException if the identifier is blank or the score is outside 0..10
     */
    public static NpsResponse of(String customer, int score, LocalDate date) {
        return new NpsResponse(CustomerId.of(customer), score, date, null);
    }

    /**
     * A weighted response.
     *
     * @param customer the customer, not null
     * @param score the answer, from 0 to 10
     * @param date the day of the answer, not null
     * @param weight the survey weight, from {@code 1e-100} to {@code 1e100}
     * @return the response, not null
     * @throws IllegalArgumentException if the score is outside 0..10 or the weight is out of range
     */
    public static NpsResponse weighted(CustomerId customer, int score, LocalDate date, double weight) {
        return new NpsResponse(customer, score, date, weight);
    }

    /**
     * A copy with a survey weight.
     *
     * @param newWeight the survey weight, from {@code 1e-100} to {@code 1e100}
     * @return the weighted response, not null
     * @throws IllegalArgumentException if the weight is out of range
     */
    public NpsResponse withWeight(double newWeight) {
        return new NpsResponse(customer, score, date, newWeight);
    }

    /**
     * The category of the answer: promoter, passive or detractor.
     *
     * @return the category, not null
     */
    public NpsCategory category() {
        return NpsCategory.ofValid(score);
    }

    /**
     * The weight this response carries: its survey weight, or 1 when it has none.
     *
     * @return the weight, from {@code 1e-100} to {@code 1e100}
     */
    public double weightOrOne() {
        return weight == null ? 1.0 : weight;
    }

    /**
     * Checks a survey weight.
     *
     * @param weight the weight
     * @return the weight
     * @throws IllegalArgumentException if the weight is not from {@code 1e-100} to {@code 1e100}
     */
    static double checkWeight(double weight) {
        if (!(weight >= MIN_WEIGHT && weight <= MAX_WEIGHT)) {
            throw new IllegalArgumentException("weight must be from 1e-100 to 1e100 but was " + weight);
        }
        return weight;
    }
}
