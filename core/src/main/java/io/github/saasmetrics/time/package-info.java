/**
 * Reporting periods: {@link io.github.saasmetrics.time.ReportingPeriod}, a half-open range of dates
 * with names for calendar months, quarters and years.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.time;
