package io.github.saasmetrics.ledger;

import io.github.saasmetrics.customer.CustomerId;
import java.util.Arrays;

/**
 * The rows a builder has been given, in columns: the customer as text (with its hash, computed
 * once; a {@link CustomerId} added row by row is kept as it came and turned into its text and hash
 * in one tight pass at build time, so that adding a row touches no customer object) or as a
 * numeric key, the month as a count of months since January of year 0, and the MRR
 * in minor units. Appending touches only the ends of the columns; customers are numbered, and
 * rows sorted, when the ledger is built.
 *
 * <p>Not thread-safe; owned by one builder.
 */
final class RowColumns {

    /** The month of a row that only registers its customer (a first payment or active-during month given apart). */
    static final int REGISTER = Integer.MIN_VALUE;

    final boolean numeric;
    /** Text customers: a {@code String}, or a {@code CustomerId} not yet hashed (rows from {@link #firstUnhashed} on). */
    Object[] ids;
    long[] keys;
    int[] hashes;
    /** The first row that may hold a {@code CustomerId} without a hash; {@code Integer.MAX_VALUE} if none. */
    int firstUnhashed = Integer.MAX_VALUE;
    int[] months;
    long[] mrr;
    int size;
    /** The earliest and latest month of the rows, registrations left out. */
    int minMonth = Integer.MAX_VALUE;
    int maxMonth = Integer.MIN_VALUE;

    private RowColumns(boolean numeric, int capacity) {
        this.numeric = numeric;
        int c = Math.max(16, capacity);
        if (numeric) {
            keys = new long[c];
        } else {
            ids = new Object[c];
            hashes = new int[c];
        }
        months = new int[c];
        mrr = new long[c];
    }

    static RowColumns text(int capacity) {
        return new RowColumns(false, capacity);
    }

    static RowColumns numeric(int capacity) {
        return new RowColumns(true, capacity);
    }

    /** Makes room for {@code extra} more rows, growing by half at least so appends stay amortised O(1). */
    void reserve(int extra) {
        long need = (long) size + extra;
        if (need <= months.length) {
            return;
        }
        if (need > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("a ledger builder holds at most " + (Integer.MAX_VALUE - 16) + " rows");
        }
        int c = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(need, months.length + (long) (months.length >> 1)));
        if (numeric) {
            keys = Arrays.copyOf(keys, c);
        } else {
            ids = Arrays.copyOf(ids, c);
            hashes = Arrays.copyOf(hashes, c);
        }
        months = Arrays.copyOf(months, c);
        mrr = Arrays.copyOf(mrr, c);
    }

    void add(String id, int month, long value) {
        reserve(1);
        ids[size] = id;
        hashes[size] = hash(id);
        months[size] = month;
        mrr[size] = value;
        size++;
        span(month);
    }

    /** Appends a row without touching the customer object: its hash is computed by {@link #hashAll()}. */
    void add(CustomerId id, int month, long value) {
        reserve(1);
        ids[size] = id;
        firstUnhashed = Math.min(firstUnhashed, size);
        months[size] = month;
        mrr[size] = value;
        size++;
        span(month);
    }

    /**
     * Replaces every {@code CustomerId} by its text and computes its hash: a loop whose iterations
     * do not depend on each other, so the processor overlaps their cache misses.
     */
    void hashAll() {
        for (int i = firstUnhashed; i < size; i++) {
            if (ids[i] instanceof CustomerId c) {
                String s = c.value();
                ids[i] = s;
                hashes[i] = hash(s);
            }
        }
        firstUnhashed = Integer.MAX_VALUE;
    }

    void add(long key, int month, long value) {
        reserve(1);
        keys[size] = key;
        months[size] = month;
        mrr[size] = value;
        size++;
        span(month);
    }

    void span(int month) {
        if (month != REGISTER) {
            minMonth = Math.min(minMonth, month);
            maxMonth = Math.max(maxMonth, month);
        }
    }

    /** The text customer of a row, whatever the kind. */
    String customer(int row) {
        return numeric ? Long.toString(keys[row]) : ids[row].toString();
    }

    /** These rows and another set's, all with text customers (numeric keys written in decimal). */
    RowColumns asText(RowColumns other) {
        RowColumns all = text(size + other.size);
        all.appendAsText(this);
        all.appendAsText(other);
        return all;
    }

    private void appendAsText(RowColumns from) {
        if (!from.numeric) {
            from.hashAll();
        }
        for (int i = 0; i < from.size; i++) {
            add(from.customer(i), from.months[i], from.mrr[i]);
        }
    }

    /** The spread hash of a text customer: String's hash, mixed so that its high bits vary too. */
    static int hash(String id) {
        return mix(id.hashCode());
    }

    /** The spread hash of a numeric key. */
    static int hash(long key) {
        long z = key * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 32)) * 0xD6E8FEB86659FD93L;
        return (int) (z ^ (z >>> 32));
    }

    /** Murmur3's finaliser. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
