package io.github.saasmetrics.ledger;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.time.EpochMonths;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Turns a builder's rows into a ledger's sorted columns, in steps that each read or write memory in
 * order, because at a million customers any per-row lookup in a customer-sized structure misses
 * the cache:
 *
 * <ol>
 *   <li>scatter the rows by the hash of their customer into buckets small enough that one bucket's
 *       customers fit in the cache (one sequential read, a few hundred sequential write streams);</li>
 *   <li>per bucket, number the customers through a small open-addressing table keyed by the hash and
 *       the customer's text or key (no object per row);</li>
 *   <li>write the distinct identifiers into one compact block and sort them ({@link IdOrder});</li>
 *   <li>sort the rows by (customer rank, month): a counting sort on the rank's high bits, then one on
 *       (low bits, month) within each cache-sized range;</li>
 *   <li>emit each customer's rows, summing (or rejecting) duplicates and dropping zero sums.</li>
 * </ol>
 *
 * <p>Buckets are dealt to {@code parts} groups, each group assembled on its own thread (the
 * caller's executor, the last on the calling thread), and the groups' sorted customers merged into
 * one ledger. A customer's rows all land in one group, so the result is the same for any
 * {@code parts}, bit for bit.
 *
 * <p>The input columns are only read, never reordered: a builder can build again.
 */
final class LedgerAssembly {

    /** About this many rows per bucket keeps a bucket's customer table in the cache. */
    private static final int ROWS_PER_BUCKET_LOG2 = 14;
    /** More buckets than this would mean more write streams than the TLB holds. */
    private static final int MAX_BUCKET_BITS = 9;

    /** The assembled columns. */
    record Assembled(CustomerIds ids, int[] offsets, short[] months, long[] mrr, int[] firstPaid) {
    }

    private final RowColumns rows;
    private final int lo;
    private final int monthCount;
    private final DuplicateRows duplicates;
    private int bucketBits;
    private int[] bucketStart;
    /**
     * Text customers per bucket: one small array per bucket rather than one large one, because a
     * large array lives in the old generation, where G1 fences every reference stored into it;
     * small new arrays are young, where it does not.
     */
    private Object[][] pIds;
    private long[] pKeys;
    /** Each partitioned row's customer hash (high half) and epoch month (low half): one write stream, not two. */
    private long[] pHashMonths;
    private long[] pMrr;

    private LedgerAssembly(RowColumns rows, int lo, int monthCount, DuplicateRows duplicates) {
        this.rows = rows;
        this.lo = lo;
        this.monthCount = monthCount;
        this.duplicates = duplicates;
    }

    /**
     * Assembles rows whose months (registrations aside) lie in {@code lo..lo + monthCount − 1}.
     *
     * @param rows the rows, read only
     * @param lo the epoch month of month index 0
     * @param monthCount the ledger's months, at most 32 767
     * @param duplicates what to do with several rows for one customer-month
     * @param parts the number of groups assembled in parallel, at least 1
     * @param executor runs every group but the last
     */
    static Assembled assemble(RowColumns rows, int lo, int monthCount, DuplicateRows duplicates, int parts,
            Executor executor) {
        LedgerAssembly a = new LedgerAssembly(rows, lo, monthCount, duplicates);
        a.partition(parts);
        int buckets = 1 << a.bucketBits;
        List<Group> groups = Slices.run(parts,
                g -> a.group((int) ((long) g * buckets / parts), (int) ((long) (g + 1) * buckets / parts)), executor);
        return merge(groups.toArray(new Group[0]));
    }

    /** Step 1: rows scattered by the high bits of their customer's hash. */
    private void partition(int parts) {
        int n = rows.size;
        int bits = 0;
        while ((1 << bits) < parts || (bits < MAX_BUCKET_BITS && (n >>> (bits + ROWS_PER_BUCKET_LOG2)) > 0)) {
            bits++;
        }
        bucketBits = bits;
        int buckets = 1 << bits;
        int[] count = new int[buckets + 1];
        boolean numeric = rows.numeric;
        long[] keys = rows.keys;
        int[] hashes = rows.hashes;
        for (int i = 0; i < n; i++) {
            count[bucket(numeric ? RowColumns.hash(keys[i]) : hashes[i]) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            count[b + 1] += count[b];
        }
        bucketStart = count.clone();
        int[] months = rows.months;
        long[] mrr = rows.mrr;
        pHashMonths = new long[n];
        pMrr = new long[n];
        if (numeric) {
            pKeys = new long[n];
            for (int i = 0; i < n; i++) {
                long k = keys[i];
                int h = RowColumns.hash(k);
                int at = count[bucket(h)]++;
                pKeys[at] = k;
                pHashMonths[at] = (long) h << 32 | (months[i] & 0xFFFFFFFFL);
                pMrr[at] = mrr[i];
            }
        } else {
            pIds = new Object[buckets][];
            for (int b = 0; b < buckets; b++) {
                pIds[b] = new Object[bucketStart[b + 1] - bucketStart[b]];
            }
            for (int from = 0; from < n; from += RowColumns.CHUNK) {
                Object[] chunk = rows.ids[from >>> RowColumns.CHUNK_BITS];
                for (int i = from, end = Math.min(n, from + RowColumns.CHUNK); i < end; i++) {
                    int h = hashes[i];
                    int bk = bucket(h);
                    int at = count[bk]++;
                    pIds[bk][at - bucketStart[bk]] = chunk[i - from];
                    pHashMonths[at] = (long) h << 32 | (months[i] & 0xFFFFFFFFL);
                    pMrr[at] = mrr[i];
                }
            }
        }
    }

    private int bucket(int hash) {
        return (int) ((hash & 0xFFFFFFFFL) >>> (32 - bucketBits));
    }

    /** One group's customers, sorted, and their rows. */
    private static final class Group {
        CustomerIds ids;
        int[] offsets;
        short[] months;
        long[] mrr;
        int[] firstPaid;
        int rows;
    }

    /** Steps 2 to 5 for the buckets {@code [firstBucket, endBucket)}. */
    private Group group(int firstBucket, int endBucket) {
        int from = bucketStart[firstBucket];
        int to = bucketStart[endBucket];
        int len = to - from;
        int[] cust = new int[len];
        CustomerIds unsorted = rows.numeric ? numberKeys(firstBucket, endBucket, cust)
                : numberTexts(firstBucket, endBucket, cust);
        int d = unsorted.size();
        int[] order = IdOrder.of(unsorted);
        int[] rank = new int[d];
        for (int r = 0; r < d; r++) {
            rank[order[r]] = r;
        }
        Group g = new Group();
        g.ids = unsorted.select(order, d);
        for (int i = 0; i < len; i++) {
            cust[i] = rank[cust[i]];
        }
        sortAndEmit(g, cust, from, len, d);
        return g;
    }

    /** Step 2 for text customers: numbers them in order of first appearance, bucket by bucket. */
    private CustomerIds numberTexts(int firstBucket, int endBucket, int[] cust) {
        int from = bucketStart[firstBucket];
        Object[] distinct = new Object[Math.max(16, cust.length / 8)];
        int[] distinctHash = new int[distinct.length];
        int d = 0;
        int[] table = new int[1024];
        int mask = table.length - 1;
        long chars = 0;
        for (int b = firstBucket; b < endBucket; b++) {
            int bucketFirst = d;
            Arrays.fill(table, 0);
            Object[] bucketIds = pIds[b];
            for (int i = bucketStart[b], end = bucketStart[b + 1], base = bucketStart[b]; i < end; i++) {
                Object s = bucketIds[i - base];
                int h = (int) (pHashMonths[i] >>> 32);
                int slot = h & mask;
                int idx;
                while (true) {
                    int e = table[slot];
                    if (e == 0) {
                        if (d == distinct.length) {
                            distinct = Arrays.copyOf(distinct, d + (d >> 1));
                            distinctHash = Arrays.copyOf(distinctHash, distinct.length);
                        }
                        distinct[d] = s;
                        distinctHash[d] = h;
                        chars += RowColumns.text(s).length();
                        idx = d++;
                        table[slot] = d;
                        if (2 * (d - bucketFirst) > mask) {
                            table = rehash(distinctHash, bucketFirst, d, table.length * 2);
                            mask = table.length - 1;
                        }
                        break;
                    }
                    int k = e - 1;
                    if (distinctHash[k] == h) {
                        Object t = distinct[k];
                        if (t == s || RowColumns.same(t, s)) {
                            idx = k;
                            break;
                        }
                    }
                    slot = (slot + 1) & mask;
                }
                cust[i - from] = idx;
            }
        }
        CustomerIds.Builder ids = new CustomerIds.Builder(d, chars);
        for (int k = 0; k < d; k++) {
            ids.add(RowColumns.text(distinct[k]));
        }
        return ids.done();
    }

    /** Step 2 for numeric keys. */
    private CustomerIds numberKeys(int firstBucket, int endBucket, int[] cust) {
        int from = bucketStart[firstBucket];
        long[] distinct = new long[Math.max(16, cust.length / 8)];
        int[] distinctHash = new int[distinct.length];
        int d = 0;
        int[] table = new int[1024];
        int mask = table.length - 1;
        for (int b = firstBucket; b < endBucket; b++) {
            int bucketFirst = d;
            Arrays.fill(table, 0);
            for (int i = bucketStart[b], end = bucketStart[b + 1]; i < end; i++) {
                long key = pKeys[i];
                int h = (int) (pHashMonths[i] >>> 32);
                int slot = h & mask;
                int idx;
                while (true) {
                    int e = table[slot];
                    if (e == 0) {
                        if (d == distinct.length) {
                            distinct = Arrays.copyOf(distinct, d + (d >> 1));
                            distinctHash = Arrays.copyOf(distinctHash, distinct.length);
                        }
                        distinct[d] = key;
                        distinctHash[d] = h;
                        idx = d++;
                        table[slot] = d;
                        if (2 * (d - bucketFirst) > mask) {
                            table = rehash(distinctHash, bucketFirst, d, table.length * 2);
                            mask = table.length - 1;
                        }
                        break;
                    }
                    int k = e - 1;
                    if (distinct[k] == key) {
                        idx = k;
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
                cust[i - from] = idx;
            }
        }
        CustomerIds.Builder ids = new CustomerIds.Builder(d, 8L * d);
        for (int k = 0; k < d; k++) {
            ids.add(distinct[k]);
        }
        return ids.done();
    }

    private static int[] rehash(int[] hashes, int from, int to, int size) {
        int[] table = new int[size];
        int mask = size - 1;
        for (int k = from; k < to; k++) {
            int slot = hashes[k] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = k + 1;
        }
        return table;
    }

    /**
     * Steps 4 and 5: rows {@code [from, from + len)} of the partitioned columns, whose customer ranks
     * are in {@code rank}, sorted by (rank, month) and emitted into the group.
     */
    private void sortAndEmit(Group g, int[] rank, int from, int len, int d) {
        g.offsets = new int[d + 1];
        g.firstPaid = new int[d];
        g.months = new short[len];
        g.mrr = new long[len];
        if (len == 0) {
            return;
        }
        // High bits first: at most 512 ranges of 2^shift customers each, one sequential write stream each.
        int rankBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, d - 1));
        int shift = Math.max(0, rankBits - 9);
        int high = ((d - 1) >>> shift) + 1;
        int[] highStart = new int[high + 1];
        for (int i = 0; i < len; i++) {
            highStart[(rank[i] >>> shift) + 1]++;
        }
        for (int h = 0; h < high; h++) {
            highStart[h + 1] += highStart[h];
        }
        int[] cursor = Arrays.copyOf(highStart, high);
        int[] sRank = new int[len];
        int[] sMonths = new int[len];
        long[] sMrr = new long[len];
        for (int i = 0; i < len; i++) {
            int r = rank[i];
            int at = cursor[r >>> shift]++;
            sRank[at] = r;
            sMonths[at] = (int) pHashMonths[from + i];
            sMrr[at] = pMrr[from + i];
        }
        // Then, within each range, a counting sort by (customer, month) when the counters fit in
        // the cache (slot 0 holds registrations, slot m + 1 month index m), else by customer
        // followed by an insertion sort of each customer's rows by month. Months go back into
        // the rank column (no longer needed), MRR into the partitioned column, and out.
        int[] months = rank;
        int lowMask = (1 << shift) - 1;
        int slots = monthCount + 1;
        boolean byMonth = ((long) slots << shift) <= 1 << 18;
        int perCustomer = byMonth ? slots : 1;
        int[] low = new int[(perCustomer << shift) + 1];
        int out = 0;
        for (int h = 0; h < high; h++) {
            int a = highStart[h];
            int b = highStart[h + 1];
            int firstCustomer = h << shift;
            int customers = Math.min(d - firstCustomer, 1 << shift);
            int keys = customers * perCustomer;
            Arrays.fill(low, 0, keys + 1, 0);
            for (int i = a; i < b; i++) {
                low[key(sRank[i] & lowMask, sMonths[i], perCustomer, byMonth) + 1]++;
            }
            for (int k = 0; k < keys; k++) {
                low[k + 1] += low[k];
            }
            for (int i = a; i < b; i++) {
                int at = a + low[key(sRank[i] & lowMask, sMonths[i], perCustomer, byMonth)]++;
                months[at] = sMonths[i];
                pMrr[from + at] = sMrr[i];
            }
            // low[k] is now the end of key k, which is the start of key k + 1.
            int rs = a;
            for (int c = 0; c < customers; c++) {
                int re = a + low[(c + 1) * perCustomer - 1];
                if (!byMonth) {
                    sortByMonth(months, pMrr, from, rs, re);
                }
                out = emit(g, firstCustomer + c, months, from, rs, re, out);
                rs = re;
            }
        }
        g.rows = out;
    }

    private int key(int lowRank, int month, int perCustomer, boolean byMonth) {
        if (!byMonth) {
            return lowRank;
        }
        return lowRank * perCustomer + (month == RowColumns.REGISTER ? 0 : month - lo + 1);
    }

    /**
     * Step 5 for one customer: rows {@code [rs, re)} sorted by month, their months in
     * {@code months[r]} and MRR in {@code pMrr[from + r]}.
     */
    private int emit(Group g, int customer, int[] months, int from, int rs, int re, int out) {
        int first = CustomerTimeline.NEVER_PAID;
        for (int r = rs; r < re; ) {
            int m = months[r];
            long sum = pMrr[from + r];
            int next = r + 1;
            for (; next < re && months[next] == m; next++) {
                if (m == RowColumns.REGISTER) {
                    continue;
                }
                if (duplicates == DuplicateRows.REJECT) {
                    throw new IllegalArgumentException("customer " + Limits.quote(g.ids.text(customer)) + " has more than one row for "
                            + epochMonthText(m) + ", and duplicates are rejected (DuplicateRows.REJECT)");
                }
                try {
                    sum = Math.addExact(sum, pMrr[from + next]);
                } catch (ArithmeticException e) {
                    throw new ArithmeticException("MRR of customer " + Limits.quote(g.ids.text(customer)) + " in " + epochMonthText(m)
                            + " overflows: the sum of its rows exceeds " + Long.MAX_VALUE + " minor units");
                }
            }
            if (m != RowColumns.REGISTER && sum != 0) {
                g.months[out] = (short) (m - lo);
                g.mrr[out] = sum;
                out++;
                if (first == CustomerTimeline.NEVER_PAID) {
                    first = m - lo;
                }
            }
            r = next;
        }
        g.offsets[customer + 1] = out;
        g.firstPaid[customer] = first;
        return out;
    }

    static String epochMonthText(int epochMonth) {
        return EpochMonths.month(epochMonth).toString();
    }

    /** Insertion sort: a customer has few rows (used only for ledgers of thousands of months). */
    private static void sortByMonth(int[] m, long[] v, int vOffset, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int km = m[i];
            if (m[i - 1] <= km) {
                continue;
            }
            long kv = v[vOffset + i];
            int j = i - 1;
            while (j >= from && m[j] > km) {
                m[j + 1] = m[j];
                v[vOffset + j + 1] = v[vOffset + j];
                j--;
            }
            m[j + 1] = km;
            v[vOffset + j + 1] = kv;
        }
    }

    /** The groups' customers merged in identifier order; a customer is in one group only. */
    private static Assembled merge(Group[] groups) {
        if (groups.length == 1) {
            Group g = groups[0];
            return new Assembled(g.ids, g.offsets, trim(g.months, g.rows), trim(g.mrr, g.rows), g.firstPaid);
        }
        int n = 0;
        int rows = 0;
        long chars = 0;
        for (Group g : groups) {
            n += g.ids.size();
            rows += g.rows;
            for (int i = 0; i < g.ids.size(); i++) {
                chars += g.ids.length(i);
            }
        }
        CustomerIds.Builder ids = new CustomerIds.Builder(n, chars);
        int[] offsets = new int[n + 1];
        short[] months = new short[rows];
        long[] mrr = new long[rows];
        int[] firstPaid = new int[n];
        int[] head = new int[groups.length];
        int at = 0;
        for (int c = 0; c < n; c++) {
            int best = -1;
            for (int k = 0; k < groups.length; k++) {
                if (head[k] < groups[k].ids.size()
                        && (best < 0 || groups[k].ids.compare(head[k], groups[best].ids, head[best]) < 0)) {
                    best = k;
                }
            }
            Group g = groups[best];
            int i = head[best]++;
            ids.add(g.ids, i);
            int start = g.offsets[i];
            int len = g.offsets[i + 1] - start;
            System.arraycopy(g.months, start, months, at, len);
            System.arraycopy(g.mrr, start, mrr, at, len);
            at += len;
            offsets[c + 1] = at;
            firstPaid[c] = g.firstPaid[i];
        }
        return new Assembled(ids.done(), offsets, months, mrr, firstPaid);
    }

    private static short[] trim(short[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static long[] trim(long[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }
}
