/**
 * saasmetrics: the numbers a subscription business runs on, computed exactly. The metrics live in
 * one package per concept ({@code money}, {@code time}, {@code customer}, {@code subscription},
 * {@code ledger}, {@code mrr}, {@code retention}, {@code ltv}, {@code survival}, {@code experiment},
 * {@code nps}, {@code health}, {@code stats}, {@code table}); this package holds only
 * {@link io.github.saasmetrics.ReturnValuesAreNonnullByDefault}, the null contract they all declare.
 *
 * <p><b>Null contract.</b> Parameters and return values are never null unless marked
 * {@link javax.annotation.Nullable}: each package declares
 * {@link javax.annotation.ParametersAreNonnullByDefault} and
 * {@link io.github.saasmetrics.ReturnValuesAreNonnullByDefault}. Optional record components (a
 * subscription's end, a health signal that is not known, an NPS response's weight) are
 * {@code @Nullable}; a null where none is allowed is a {@link NullPointerException} naming the
 * argument.
 */
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.saasmetrics;

import javax.annotation.ParametersAreNonnullByDefault;
