package io.github.saasmetrics.cohort;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cohort of a {@link CohortTable}: the customers who first paid in a month, quarter or year,
 * and their cells at ages {@code 0..k}.
 *
 * <p>{@code cells} holds the observed ages only, in order from 0; an age the ledger does not reach
 * yet is absent, never zero, and the queries for it return an empty {@code Optional}. Derived rates,
 * all against the cohort itself:
 * <ul>
 *   <li>logo retention at age {@code k}: customers paying at {@code k} / {@code size};</li>
 *   <li>net revenue retention: MRR at {@code k} / MRR at age 0 (can exceed 100 %);</li>
 *   <li>gross revenue retention: {@code Σ min(MRR at k, MRR at 0)} over its customers / MRR at age 0
 *       (never above 100 %).</li>
 * </ul>
 * Example: a cohort of 20 customers paying $2,000 at age 0, of whom 17 pay $1,840 at age 3 with
 * $1,700 retained: logo retention 85 %, NRR 92 %, GRR 85 %.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param cohort the month, quarter or year of the customers' first payment, not null
 * @param size the customers of the cohort, at least 1 (0 only in an empty merge)
 * @param cells the observed cells for ages 0, 1, … in order, not null
 */
public record CohortRow(ReportingPeriod cohort, long size, List<CohortCell> cells) {

    /**
     * Validates the row.
     *
     * @throws IllegalArgumentException if the size is negative, the ages are not 0, 1, … in order, or a
     *     cell counts more customers than the cohort has
     */
    public CohortRow {
        Objects.requireNonNull(cohort, "cohort");
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        if (size < 0) {
            throw new IllegalArgumentException("size of cohort " + cohort + " must not be negative but was " + size);
        }
        for (int i = 0; i < cells.size(); i++) {
            CohortCell cell = cells.get(i);
            if (cell.age() != i) {
                throw new IllegalArgumentException("cell " + i + " of cohort " + cohort + " must have age " + i
                        + " but had " + cell.age());
            }
            if (cell.customers() > size) {
                throw new IllegalArgumentException("cohort " + cohort + " has " + size + " customers but " + cell.customers()
                        + " pay at age " + i);
            }
        }
    }

    /**
     * The cell at an age.
     *
     * @param age the age, zero or more
     * @return the cell, empty if the ledger does not reach that age of this cohort
     */
    public Optional<CohortCell> cell(int age) {
        return age >= 0 && age < cells.size() ? Optional.of(cells.get(age)) : Optional.empty();
    }

    /**
     * Logo retention at an age: customers paying / cohort size.
     *
     * @param age the age, zero or more
     * @return the ratio, empty if the age is not observed
     */
    public Optional<Ratio> logoRetention(int age) {
        return cell(age).map(c -> size == 0 ? Ratio.UNDEFINED : Ratio.of(c.customers(), size));
    }

    /**
     * Net revenue retention at an age: MRR at the age / MRR at age 0, in minor units.
     *
     * @param age the age, zero or more
     * @return the ratio (undefined if the age-0 MRR is zero), empty if the age is not observed
     */
    public Optional<Ratio> netRevenueRetention(int age) {
        return cell(age).map(c -> ofStart(c.mrr()));
    }

    /**
     * Gross revenue retention at an age: the customers' MRR at the age, each capped at its age-0 MRR,
     * over the MRR at age 0, in minor units.
     *
     * @param age the age, zero or more
     * @return the ratio (undefined if the age-0 MRR is zero), empty if the age is not observed
     */
    public Optional<Ratio> grossRevenueRetention(int age) {
        return cell(age).map(c -> ofStart(c.retainedMrr()));
    }

    private Ratio ofStart(Money amount) {
        long start = cells.get(0).mrr().minorUnits();
        return start == 0 ? Ratio.UNDEFINED : Ratio.of(amount.minorUnits(), start);
    }

    /**
     * Adds the row of a disjoint group of customers of the same cohort.
     *
     * @param other the other row, not null, same cohort and ages
     * @return the sum, not null
     * @throws IllegalArgumentException if the cohorts or the numbers of observed ages differ
     * @throws ArithmeticException if a sum overflows a {@code long} (the message names the cohort and the age)
     */
    public CohortRow plus(CohortRow other) {
        Objects.requireNonNull(other, "other");
        if (!cohort.equals(other.cohort) || cells.size() != other.cells.size()) {
            throw new IllegalArgumentException("cannot add cohort " + cohort + " with " + cells.size() + " ages and "
                    + other.cohort + " with " + other.cells.size() + " ages");
        }
        List<CohortCell> sum = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            try {
                sum.add(cells.get(i).plus(other.cells.get(i)));
            } catch (ArithmeticException e) {
                throw new ArithmeticException("cohort " + cohort + " at age " + i
                        + ": a count or an amount overflows a long");
            }
        }
        if (size > Long.MAX_VALUE - other.size) {
            throw new ArithmeticException("cohort " + cohort + ": the size " + size + " + " + other.size
                    + " overflows a long");
        }
        return new CohortRow(cohort, size + other.size, sum);
    }
}
