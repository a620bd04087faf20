package io.github.saasmetrics.cohort;

import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import java.util.Objects;

/**
 * One observed cell of a {@link CohortTable}: a cohort at one age.
 *
 * <p>Example: 17 of a cohort's customers still pay at age 3, with $1,840 MRR of which $1,700 is
 * within what each of them paid at age 0: {@code CohortCell[age=3, customers=17, mrr=USD 1840.00,
 * retainedMrr=USD 1700.00]}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param age the age in the table's units since each customer's first paid month, zero or more
 * @param customers the cohort's customers with MRR above zero at that age, zero or more
 * @param mrr their MRR, zero or more, not null
 * @param retainedMrr the sum over them of {@code min(MRR at this age, MRR at age 0)}, from zero to {@code mrr},
 *     not null
 */
public record CohortCell(int age, long customers, Money mrr, Money retainedMrr) {

    /**
     * Validates the cell.
     *
     * @throws IllegalArgumentException if a value is out of range
     * @throws CurrencyMismatchException if the currencies differ
     */
    public CohortCell {
        Objects.requireNonNull(mrr, "mrr");
        Objects.requireNonNull(retainedMrr, "retainedMrr");
        if (age < 0) {
            throw new IllegalArgumentException("age must not be negative but was " + age);
        }
        if (customers < 0) {
            throw new IllegalArgumentException("customers at age " + age + " must not be negative but was " + customers);
        }
        if (!mrr.currency().equals(retainedMrr.currency())) {
            throw new CurrencyMismatchException(mrr.currency(), retainedMrr.currency(), "cohort cell at age " + age);
        }
        if (retainedMrr.negative() || retainedMrr.compareTo(mrr) > 0) {
            throw new IllegalArgumentException("retainedMrr at age " + age + " must be 0 to " + mrr + " but was "
                    + retainedMrr);
        }
        if (customers == 0 && !mrr.zero()) {
            throw new IllegalArgumentException("mrr at age " + age + " must be zero without customers but was " + mrr);
        }
    }

    /**
     * Adds the cell of a disjoint group of customers at the same age.
     *
     * @param other the other cell, not null, same age and currency
     * @return the sum, not null
     * @throws IllegalArgumentException if the ages differ
     */
    public CohortCell plus(CohortCell other) {
        Objects.requireNonNull(other, "other");
        if (age != other.age) {
            throw new IllegalArgumentException("cannot add cohort cells of ages " + age + " and " + other.age);
        }
        return new CohortCell(age, Math.addExact(customers, other.customers), mrr.plus(other.mrr),
                retainedMrr.plus(other.retainedMrr));
    }
}
