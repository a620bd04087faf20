/**
 * Small aligned text and Markdown tables, which result types use for {@code toString()} and
 * {@code toMarkdown()}.
 */
package io.github.saasmetrics.table;
