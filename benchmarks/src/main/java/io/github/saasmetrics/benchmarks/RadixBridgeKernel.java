package io.github.saasmetrics.benchmarks;

/**
 * The floor of "rows in, bridge out": a plain kernel, not the library, over the same
 * (customer number, epoch month, MRR) columns. It packs each row's customer and month into one
 * {@code long}, radix-sorts the packed keys with their MRR (least significant 11 bits first, three
 * passes for a million customers over 37 months), and makes one pass over the sorted rows summing
 * the bridge as {@link DirectBridgePass} does (duplicates summed, zero rows skipped, a customer's
 * first row is new business and a later return a reactivation). No identifiers, no checks, no
 * ledger kept: only the work every rows-to-bridge path must do.
 *
 * <p>Checked equal to the library's bridge before it is timed.
 */
public final class RadixBridgeKernel {

    private static final int DIGIT = 11;

    private RadixBridgeKernel() {
    }

    /**
     * The bridge sums, in {@link DirectBridgePass}'s layout.
     *
     * @param keys each row's customer number, zero or more
     * @param months each row's epoch month, from {@code openingEpochMonth}
     * @param mrr each row's MRR, zero or more
     * @param openingEpochMonth the opening month as an epoch month
     * @param monthCount the number of months, opening month included
     * @return the sums, not null
     */
    public static long[] sums(long[] keys, int[] months, long[] mrr, int openingEpochMonth, int monthCount) {
        int n = keys.length;
        int monthBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, monthCount - 1));
        long maxKey = 0;
        for (long k : keys) {
            maxKey = Math.max(maxKey, k);
        }
        int bits = 64 - Long.numberOfLeadingZeros(maxKey) + monthBits;
        long[] packed = new long[n];
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = keys[i] << monthBits | (months[i] - openingEpochMonth);
            values[i] = mrr[i];
        }
        long[] packed2 = new long[n];
        long[] values2 = new long[n];
        int[] count = new int[(1 << DIGIT) + 1];
        int mask = (1 << DIGIT) - 1;
        for (int shift = 0; shift < bits; shift += DIGIT) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (packed[i] >>> shift & mask) + 1]++;
            }
            for (int b = 0; b < mask + 1; b++) {
                count[b + 1] += count[b];
            }
            for (int i = 0; i < n; i++) {
                long p = packed[i];
                int at = count[(int) (p >>> shift & mask)]++;
                packed2[at] = p;
                values2[at] = values[i];
            }
            long[] t = packed;
            packed = packed2;
            packed2 = t;
            t = values;
            values = values2;
            values2 = t;
        }
        return bridge(packed, values, monthBits, monthCount);
    }

    private static long[] bridge(long[] packed, long[] values, int monthBits, int monthCount) {
        long monthMask = (1L << monthBits) - 1;
        long[] s = new long[(monthCount + 1) * DirectBridgePass.WIDTH];
        int n = packed.length;
        long customer = -1;
        int prevMonth = -2;
        long prev = 0;
        for (int r = 0; r < n; ) {
            long p = packed[r];
            long v = values[r++];
            while (r < n && packed[r] == p) {
                v += values[r++];
            }
            if (v == 0) {
                continue;
            }
            long c = p >>> monthBits;
            int t = (int) (p & monthMask);
            boolean first = c != customer;
            if (first) {
                if (prevMonth >= 0) {
                    DirectBridgePass.churn(s, prevMonth + 1, prev);
                }
                customer = c;
                prevMonth = -2;
            }
            int b = t * DirectBridgePass.WIDTH;
            s[b + DirectBridgePass.END] += v;
            s[b + DirectBridgePass.C_END]++;
            if (prevMonth == t - 1) {
                s[b + DirectBridgePass.START] += prev;
                s[b + DirectBridgePass.C_START]++;
                long d = v - prev;
                if (d > 0) {
                    s[b + DirectBridgePass.EXPANSION] += d;
                    s[b + DirectBridgePass.C_EXPANDED]++;
                } else if (d < 0) {
                    s[b + DirectBridgePass.CONTRACTION] -= d;
                    s[b + DirectBridgePass.C_CONTRACTED]++;
                }
            } else {
                if (prevMonth >= 0) {
                    DirectBridgePass.churn(s, prevMonth + 1, prev);
                }
                if (first) {
                    s[b + DirectBridgePass.NEW] += v;
                    s[b + DirectBridgePass.C_NEW]++;
                } else {
                    s[b + DirectBridgePass.REACTIVATION] += v;
                    s[b + DirectBridgePass.C_REACTIVATED]++;
                }
            }
            prevMonth = t;
            prev = v;
        }
        if (prevMonth >= 0) {
            DirectBridgePass.churn(s, prevMonth + 1, prev);
        }
        return s;
    }
}
