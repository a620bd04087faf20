/**
 * How results print and export.
 *
 * <p>{@link io.github.saasmetrics.table.ResultTable} is the typed table behind every tabular result
 * (results that are tables implement {@link io.github.saasmetrics.table.Tabular}): a title,
 * {@linkplain io.github.saasmetrics.table.Column columns} of a
 * {@linkplain io.github.saasmetrics.table.ColumnType type} (text, month, period, count, money in one
 * currency, percent and multiple ratios, rates, decimals, confidence intervals),
 * {@linkplain io.github.saasmetrics.table.Row rows} in optional groups, an optional total row and
 * footnotes. Its text, Markdown, HTML, CSV and JSON forms are renderings of the one table, with one
 * rule per column type.
 *
 * <p>{@link io.github.saasmetrics.table.Figures} is the one number formatter (money with thousands
 * separators, ratios of money with their amounts, percentages, intervals with the decimals of their
 * estimates, p-values), and {@link io.github.saasmetrics.table.TextTable} the immutable aligned text
 * and Markdown table of preformatted cells that result types use for {@code toString()} and
 * {@code toMarkdown()}, built with {@link io.github.saasmetrics.table.TextTable#builder(String...)};
 * the text forms of a {@code ResultTable} go through both.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.table;
