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
    /** Rows per chunk of {@link #ids}. */
    static final int CHUNK_BITS = 14;
    static final int CHUNK = 1 << CHUNK_BITS;

    /**
     * Text customers, a {@code String} or a {@code CustomerId} (hashed from {@link #firstUnhashed}
     * on only at build time), in chunks of {@link #CHUNK} rows: a chunk is young while it is
     * filled, and G1 stores references into young arrays without the memory fence it needs for
     * one large, old array.
     */
    Object[][] ids;
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
            ids = new Object[16][];
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
            hashes = Arrays.copyOf(hashes, c);
        }
        months = Arrays.copyOf(months, c);
        mrr = Arrays.copyOf(mrr, c);
    }

    /** Makes sure the chunks for rows {@code [from, from + extra)} exist. */
    private void chunks(int from, int extra) {
        int last = (from + extra - 1) >>> CHUNK_BITS;
        if (last >= ids.length) {
            ids = Arrays.copyOf(ids, Math.max(last + 1, ids.length * 2));
        }
        for (int c = from >>> CHUNK_BITS; c <= last; c++) {
            if (ids[c] == null) {
                ids[c] = new Object[CHUNK];
            }
        }
    }

    /** The text customer of a row: a {@code String} or a {@code CustomerId}. */
    Object id(int row) {
        return ids[row >>> CHUNK_BITS][row & (CHUNK - 1)];
    }

    /** Copies customers into rows {@code [at, at + n)}, chunk by chunk with {@code System.arraycopy}. */
    void copyIds(String[] from, int at, int n) {
        if (n == 0) {
            return;
        }
        chunks(at, n);
        int done = 0;
        while (done < n) {
            int row = at + done;
            int inChunk = Math.min(n - done, CHUNK - (row & (CHUNK - 1)));
            System.arraycopy(from, done, ids[row >>> CHUNK_BITS], row & (CHUNK - 1), inChunk);
            done += inChunk;
        }
    }

    /** The text of a text customer. */
    static String text(Object id) {
        return id instanceof CustomerId c ? c.value() : (String) id;
    }

    /** Whether two text customers are the same customer, whatever their types. */
    static boolean same(Object a, Object b) {
        if (a.getClass() == b.getClass()) {
            return a.equals(b);
        }
        return text(a).equals(text(b));
    }

    void add(String id, int month, long value) {
        reserve(1);
        chunks(size, 1);
        ids[size >>> CHUNK_BITS][size & (CHUNK - 1)] = id;
        hashes[size] = hash(id);
        months[size] = month;
        mrr[size] = value;
        size++;
        span(month);
    }

    /** Appends a row without touching the customer object: its hash is computed by {@link #hashAll()}. */
    void add(CustomerId id, int month, long value) {
        reserve(1);
        chunks(size, 1);
        ids[size >>> CHUNK_BITS][size & (CHUNK - 1)] = id;
        firstUnhashed = Math.min(firstUnhashed, size);
        months[size] = month;
        mrr[size] = value;
        size++;
        span(month);
    }

    /**
     * Computes the hash of every {@code CustomerId} row: a loop whose iterations do not depend on
     * each other, so the processor overlaps their cache misses. The rows keep their objects (a
     * reference stored back would cost a fence per row).
     */
    void hashAll() {
        for (int i = firstUnhashed; i < size; i++) {
            if (id(i) instanceof CustomerId c) {
                hashes[i] = hash(c.value());
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
        return numeric ? Long.toString(keys[row]) : id(row).toString();
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
