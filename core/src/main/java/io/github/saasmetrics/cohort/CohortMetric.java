package io.github.saasmetrics.cohort;

/**
 * Which number a {@link CohortTable} prints in each cell of its triangle.
 */
public enum CohortMetric {
    /** Customers of the cohort paying at the age. */
    CUSTOMERS,
    /** Customers paying at the age over the cohort's size. */
    LOGO_RETENTION,
    /** The cohort's MRR at the age. */
    MRR,
    /** The cohort's MRR at the age over its MRR at age 0. */
    NET_REVENUE_RETENTION,
    /** The sum over its customers of MRR at the age capped at their age-0 MRR, over the cohort's age-0 MRR. */
    GROSS_REVENUE_RETENTION
}
