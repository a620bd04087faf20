package io.github.saasmetrics.retention;

/** Where a measured churn rate falls against a benchmark band. */
public enum BenchmarkPosition {
    /** Below the band's lowest churn: better than the benchmark. */
    BELOW,
    /** Within the band, ends included. */
    WITHIN,
    /** Above the band's highest churn: worse than the benchmark. */
    ABOVE,
    /** No band covers the company's age: nothing to compare with. */
    NO_BAND
}
