/**
 * Small aligned text and Markdown tables, which result types use for {@code toString()} and
 * {@code toMarkdown()}.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.table;
