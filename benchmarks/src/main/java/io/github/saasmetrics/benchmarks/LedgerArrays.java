package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.MrrLedger;
import java.lang.reflect.Field;

/**
 * The primitive arrays inside an {@link MrrLedger}, read by reflection: for the floor pass (the
 * least work any bridge must do, reading the same arrays once) and for measuring the ledger's
 * resident size exactly.
 *
 * @param offsets the first row of each customer, plus one past the last
 * @param firstPaid each customer's first paid month index
 * @param months each row's month index
 * @param mrr each row's MRR
 * @param fx each row's FX part, or null
 * @param paidBetween sorted (customer, month) keys of paid-between-instants months
 * @param idBlock the characters of every customer identifier, one after another
 * @param idStarts where each identifier starts in the block, plus the end
 */
public record LedgerArrays(int[] offsets, int[] firstPaid, short[] months, long[] mrr, long[] fx,
        long[] paidBetween, byte[] idBlock, int[] idStarts) {

    /** Array header on a 64-bit HotSpot VM with compressed class pointers. */
    static final int ARRAY_HEADER = 16;

    /**
     * Reads a ledger's arrays.
     *
     * @param ledger the ledger, not null
     * @return its arrays (shared, not copied), not null
     */
    public static LedgerArrays of(MrrLedger ledger) {
        Object ids = field(ledger, "customers");
        return new LedgerArrays((int[]) field(ledger, "offsets"), (int[]) field(ledger, "firstPaid"),
                (short[]) field(ledger, "months"), (long[]) field(ledger, "mrr"), (long[]) field(ledger, "fx"),
                (long[]) field(ledger, "paidBetween"), (byte[]) field(ids, "block"), (int[]) field(ids, "starts"));
    }

    private static Object field(Object owner, String name) {
        try {
            Field f = owner.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return f.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(owner.getClass().getSimpleName() + " has no readable field '" + name
                    + "'; update LedgerArrays to the ledger's layout", e);
        }
    }

    /**
     * The bytes of the row columns alone: month index and MRR (and FX if present).
     *
     * @return the bytes, including array headers
     */
    public long rowColumnBytes() {
        return array(months.length, Short.BYTES) + array(mrr.length, Long.BYTES)
                + (fx == null ? 0 : array(fx.length, Long.BYTES));
    }

    /**
     * The bytes of every array the ledger holds: row columns, per-customer offsets and first
     * payments, the paid-between-instants keys, and the customer identifiers (their character
     * block and starts): everything the ledger keeps.
     *
     * @return the bytes, including array headers
     */
    public long arrayBytes() {
        return rowColumnBytes() + array(offsets.length, Integer.BYTES) + array(firstPaid.length, Integer.BYTES)
                + array(paidBetween.length, Long.BYTES) + array(idBlock.length, Byte.BYTES)
                + array(idStarts.length, Integer.BYTES);
    }

    static long array(long length, int elementBytes) {
        return align(ARRAY_HEADER + length * elementBytes);
    }

    static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }

    /**
     * The floor pass over customers {@code [fromCustomer, toCustomer)}: reads each customer's offset
     * and first payment and each row's month and MRR once, in order, and folds them into a number
     * so that nothing can be skipped.
     *
     * @param fromCustomer the first customer, inclusive
     * @param toCustomer the last customer, exclusive
     * @return a checksum
     */
    public long floorPass(int fromCustomer, int toCustomer) {
        long perCustomer = 0;
        for (int c = fromCustomer; c < toCustomer; c++) {
            perCustomer += offsets[c] ^ firstPaid[c];
        }
        int from = offsets[fromCustomer];
        int to = offsets[toCustomer];
        long monthSum = 0;
        for (int r = from; r < to; r++) {
            monthSum += months[r];
        }
        long mrrSum = 0;
        for (int r = from; r < to; r++) {
            mrrSum += mrr[r];
        }
        return perCustomer + 31 * monthSum + mrrSum;
    }
}
