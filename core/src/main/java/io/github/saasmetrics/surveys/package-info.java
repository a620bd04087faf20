/**
 * What customers say: the Net Promoter Score ({@link io.github.saasmetrics.surveys.Nps},
 * {@link io.github.saasmetrics.surveys.NpsScore}) with its standard error, confidence intervals and
 * two-sample comparison, its breakdowns by customer segment and by period, and customer
 * satisfaction ({@link io.github.saasmetrics.surveys.Csat}).
 *
 * <p>Counts are exact {@code long}s; an empty data set has undefined statistics, which throw
 * {@link java.lang.IllegalStateException} rather than return {@code NaN}.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.surveys;
