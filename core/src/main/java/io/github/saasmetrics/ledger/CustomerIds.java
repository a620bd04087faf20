package io.github.saasmetrics.ledger;

import io.github.saasmetrics.customer.CustomerId;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A ledger's customer identifiers, sorted, stored compactly: the characters of every identifier
 * one after another in one byte block (one byte per character when every character is Latin-1,
 * else two, big-endian UTF-16), plus one {@code int} start per identifier. A {@link CustomerId}
 * is made only when asked for, so a million identifiers of eleven characters cost about 15 MB
 * instead of the 75 MB their objects would.
 *
 * <p>Order is {@link String#compareTo}: UTF-16 code units compared one by one, a prefix first.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CustomerIds {

    private static final CustomerIds EMPTY = new CustomerIds(new byte[0], new int[] {0}, false);

    /** The characters of every identifier. */
    private final byte[] block;
    /** Where identifier i starts in the block, in characters; {@code starts[size]} is the end. */
    private final int[] starts;
    /** Whether characters take two bytes. */
    private final boolean wide;

    CustomerIds(byte[] block, int[] starts, boolean wide) {
        this.block = block;
        this.starts = starts;
        this.wide = wide;
    }

    /** No identifiers. */
    static CustomerIds empty() {
        return EMPTY;
    }

    /**
     * Identifiers already sorted and distinct.
     *
     * @param sorted the identifiers, not null, sorted, without repeats
     */
    static CustomerIds of(List<CustomerId> sorted) {
        Builder b = new Builder(sorted.size(), sorted.size() * 8L);
        for (CustomerId id : sorted) {
            b.add(id.value());
        }
        return b.done();
    }

    int size() {
        return starts.length - 1;
    }

    int length(int i) {
        return starts[i + 1] - starts[i];
    }

    char charAt(int i, int k) {
        int at = starts[i] + k;
        return wide ? (char) (((block[2 * at] & 0xFF) << 8) | (block[2 * at + 1] & 0xFF)) : (char) (block[at] & 0xFF);
    }

    /** The text of identifier i. */
    String text(int i) {
        int from = starts[i];
        int len = starts[i + 1] - from;
        return wide ? new String(block, 2 * from, 2 * len, StandardCharsets.UTF_16BE)
                : new String(block, from, len, StandardCharsets.ISO_8859_1);
    }

    CustomerId get(int i) {
        Objects.checkIndex(i, size());
        return CustomerId.of(text(i));
    }

    /** The identifiers as an unmodifiable list that makes each {@link CustomerId} when read. */
    List<CustomerId> asList() {
        return new IdList(this);
    }

    /** Compares identifier i with a text, as {@link String#compareTo} would. */
    int compare(int i, String text) {
        int len = length(i);
        int n = Math.min(len, text.length());
        for (int k = 0; k < n; k++) {
            int d = charAt(i, k) - text.charAt(k);
            if (d != 0) {
                return d;
            }
        }
        return len - text.length();
    }

    /** Compares identifier i here with identifier j of another set. */
    int compare(int i, CustomerIds other, int j) {
        int len = length(i);
        int olen = other.length(j);
        int n = Math.min(len, olen);
        for (int k = 0; k < n; k++) {
            int d = charAt(i, k) - other.charAt(j, k);
            if (d != 0) {
                return d;
            }
        }
        return len - olen;
    }

    /**
     * Binary search.
     *
     * @return the index, or {@code −(insertion point) − 1} when absent
     */
    int indexOf(CustomerId customer) {
        String text = customer.value();
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, text);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** The identifiers at some indices, in the order given (ascending keeps the set sorted). */
    CustomerIds select(int[] indices, int count) {
        Builder b = new Builder(count, 0);
        for (int k = 0; k < count; k++) {
            b.add(this, indices[k]);
        }
        return b.done();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CustomerIds other) || other.size() != size()) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (compare(i, other, i) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        // String.hashCode of each identifier, combined as List.hashCode would.
        int h = 1;
        for (int i = 0; i < size(); i++) {
            int s = 0;
            for (int k = 0, n = length(i); k < n; k++) {
                s = 31 * s + charAt(i, k);
            }
            h = 31 * h + s;
        }
        return h;
    }

    @Override
    public String toString() {
        return asList().toString();
    }

    /** Appends identifiers; switches to two bytes per character at the first one beyond Latin-1. */
    static final class Builder {
        private byte[] block;
        private int[] starts;
        private int count;
        private int chars;
        private boolean wide;

        Builder(int expected, long expectedChars) {
            block = new byte[(int) Math.max(16, Math.min(Integer.MAX_VALUE - 16, expectedChars))];
            starts = new int[Math.max(1, expected) + 1];
        }

        void add(String text) {
            int len = text.length();
            if (!wide) {
                for (int k = 0; k < len; k++) {
                    if (text.charAt(k) > 0xFF) {
                        widen();
                        break;
                    }
                }
            }
            ensure(len);
            int at = chars;
            if (wide) {
                for (int k = 0; k < len; k++) {
                    char ch = text.charAt(k);
                    block[2 * (at + k)] = (byte) (ch >>> 8);
                    block[2 * (at + k) + 1] = (byte) ch;
                }
            } else {
                for (int k = 0; k < len; k++) {
                    block[at + k] = (byte) text.charAt(k);
                }
            }
            end(len);
        }

        /** Appends the decimal text of a number, as {@link Long#toString(long)} writes it. */
        void add(long key) {
            int len = decimalLength(key);
            ensure(len);
            int at = chars;
            long v = key;
            int p = at + len - 1;
            if (v < 0) {
                // Digits of a negative number, from the last, without negating Long.MIN_VALUE.
                do {
                    put(p--, (char) ('0' - (v % 10)));
                    v /= 10;
                } while (v != 0);
                put(p, '-');
            } else {
                do {
                    put(p--, (char) ('0' + (v % 10)));
                    v /= 10;
                } while (v != 0);
            }
            end(len);
        }

        /** Appends identifier i of another set. */
        void add(CustomerIds from, int i) {
            int len = from.length(i);
            if (from.wide && !wide) {
                for (int k = 0; k < len; k++) {
                    if (from.charAt(i, k) > 0xFF) {
                        widen();
                        break;
                    }
                }
            }
            ensure(len);
            int at = chars;
            if (from.wide == wide) {
                int w = wide ? 2 : 1;
                System.arraycopy(from.block, w * from.starts[i], block, w * at, w * len);
            } else {
                for (int k = 0; k < len; k++) {
                    put(at + k, from.charAt(i, k));
                }
            }
            end(len);
        }

        private void put(int at, char ch) {
            if (wide) {
                block[2 * at] = (byte) (ch >>> 8);
                block[2 * at + 1] = (byte) ch;
            } else {
                block[at] = (byte) ch;
            }
        }

        private void ensure(int len) {
            if (count + 1 == starts.length) {
                starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1) + 2);
            }
            long need = (wide ? 2L : 1L) * ((long) chars + len);
            if (need > block.length) {
                if (need > Integer.MAX_VALUE - 16) {
                    throw new IllegalArgumentException("customer identifiers take more than 2 GB");
                }
                block = Arrays.copyOf(block, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(need, block.length * 3L / 2)));
            }
        }

        private void end(int len) {
            chars += len;
            starts[++count] = chars;
        }

        private void widen() {
            byte[] w = new byte[Math.max(32, 2 * block.length)];
            for (int k = 0; k < chars; k++) {
                w[2 * k + 1] = block[k];
            }
            block = w;
            wide = true;
        }

        int count() {
            return count;
        }

        CustomerIds done() {
            if (count == 0) {
                return EMPTY;
            }
            return new CustomerIds(Arrays.copyOf(block, (wide ? 2 : 1) * chars), Arrays.copyOf(starts, count + 1), wide);
        }
    }

    static int decimalLength(long v) {
        if (v == Long.MIN_VALUE) {
            return 20;
        }
        int sign = v < 0 ? 1 : 0;
        long a = Math.abs(v);
        int d = 1;
        long p = 10;
        while (d < 19 && a >= p) {
            d++;
            p *= 10;
        }
        return d + sign;
    }

    /** A read-only list view. */
    private static final class IdList extends AbstractList<CustomerId> implements RandomAccess {
        private final CustomerIds ids;

        IdList(CustomerIds ids) {
            this.ids = ids;
        }

        @Override
        public CustomerId get(int index) {
            return ids.get(index);
        }

        @Override
        public int size() {
            return ids.size();
        }

        @Override
        public int indexOf(Object o) {
            if (!(o instanceof CustomerId id)) {
                return -1;
            }
            int i = ids.indexOf(id);
            return i < 0 ? -1 : i;
        }

        @Override
        public int lastIndexOf(Object o) {
            return indexOf(o);
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }
    }
}
