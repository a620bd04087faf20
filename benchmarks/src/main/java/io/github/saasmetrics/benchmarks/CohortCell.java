package io.github.saasmetrics.benchmarks;

/**
 * One cell of a cohort table, in a form both engines can produce: the cohort's first month as an
 * epoch month ({@code year × 12 + month − 1}), the age in months, the paying customers and their MRR
 * in minor units.
 *
 * @param cohort the cohort's epoch month
 * @param age months since the cohort month, zero or more
 * @param customers paying customers of the cohort at that age
 * @param mrr their MRR in minor units
 */
public record CohortCell(int cohort, int age, long customers, long mrr) {
}
