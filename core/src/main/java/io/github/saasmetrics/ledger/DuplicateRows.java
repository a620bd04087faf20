package io.github.saasmetrics.ledger;

/**
 * What a ledger builder does with two or more rows for the same customer and month.
 *
 * <p>Summing is the default because a customer with several subscriptions (a plan and extra
 * seats, two products) naturally has several rows per month; rejecting suits inputs that should
 * already hold one row per customer-month, such as a warehouse table keyed by both, where a
 * duplicate means the query joined something twice.
 */
public enum DuplicateRows {

    /** The rows add up (with exact arithmetic: a sum past {@code Long.MAX_VALUE} minor units is an error naming the customer and month). */
    SUM,

    /** Building fails with an {@link IllegalArgumentException} naming the customer and the month. */
    REJECT
}
