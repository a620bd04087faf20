/**
 * Reporting periods: {@link io.github.saasmetrics.time.ReportingPeriod}, a half-open range of dates
 * with names for calendar months, quarters and years.
 */
package io.github.saasmetrics.time;
