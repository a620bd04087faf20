/**
 * How results print: {@link io.github.saasmetrics.table.Figures}, the one number formatter (money
 * with thousands separators, ratios of money with their amounts, percentages, intervals with the
 * decimals of their estimates, p-values), and {@link io.github.saasmetrics.table.TextTable}, the
 * immutable aligned text and Markdown table that result types use for {@code toString()} and
 * {@code toMarkdown()}, built with {@link io.github.saasmetrics.table.TextTable#builder(String...)}.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.table;
