package io.github.saasmetrics.ledger;

import java.util.Arrays;

/**
 * Sorts identifiers without comparing them one pair at a time: each identifier gets a 64-bit key
 * from the characters after the prefix all of them share (9 bits per Latin-1 character, 17 per
 * wider one, the end of the text sorting first), the keys are radix-sorted, and only identifiers
 * whose keys tie are compared in full. Identifiers such as {@code cus_0000042} sort in a few
 * sequential passes, where a comparator sort of a million strings misses the cache on every
 * comparison.
 */
final class IdOrder {

    private IdOrder() {
    }

    /**
     * The order of a set of distinct identifiers.
     *
     * @param ids the identifiers, in any order
     * @return {@code order} such that {@code ids[order[0]] < ids[order[1]] < …}
     */
    static int[] of(CustomerIds ids) {
        int n = ids.size();
        int[] order = new int[n];
        if (n == 0) {
            return order;
        }
        int common = commonPrefix(ids);
        boolean wide = false;
        for (int i = 0; i < n && !wide; i++) {
            for (int k = common, len = ids.length(i); k < len; k++) {
                if (ids.charAt(i, k) > 0xFF) {
                    wide = true;
                    break;
                }
            }
        }
        int bitsPerChar = wide ? 17 : 9;
        int charsPerKey = 63 / bitsPerChar;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long key = 0;
            int len = ids.length(i);
            for (int k = 0; k < charsPerKey; k++) {
                int at = common + k;
                key = (key << bitsPerChar) | (at < len ? ids.charAt(i, at) + 1 : 0);
            }
            keys[i] = key;
            order[i] = i;
        }
        radixSort(keys, order);
        // Ties: identifiers that agree on the keyed characters are compared in full.
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && keys[to] == keys[from]) {
                to++;
            }
            if (to - from > 1) {
                Integer[] run = new Integer[to - from];
                for (int k = 0; k < run.length; k++) {
                    run[k] = order[from + k];
                }
                Arrays.sort(run, (x, y) -> ids.compare(x, ids, y));
                for (int k = 0; k < run.length; k++) {
                    order[from + k] = run[k];
                }
            }
            from = to;
        }
        return order;
    }

    private static int commonPrefix(CustomerIds ids) {
        int common = ids.length(0);
        for (int i = 1; i < ids.size() && common > 0; i++) {
            int len = Math.min(common, ids.length(i));
            int k = 0;
            while (k < len && ids.charAt(i, k) == ids.charAt(0, k)) {
                k++;
            }
            common = k;
        }
        return common;
    }

    /** LSD radix sort of non-negative keys, 8 bits a pass, carrying the order; skips passes where every key agrees. */
    private static void radixSort(long[] keys, int[] order) {
        int n = keys.length;
        long[] k1 = keys;
        int[] o1 = order;
        long[] k2 = new long[n];
        int[] o2 = new int[n];
        int[] count = new int[257];
        for (int shift = 0; shift < 64; shift += 8) {
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (k1[i] >>> shift & 0xFF) + 1]++;
            }
            if (count[(int) (k1[0] >>> shift & 0xFF) + 1] == n) {
                continue;
            }
            for (int b = 0; b < 256; b++) {
                count[b + 1] += count[b];
            }
            for (int i = 0; i < n; i++) {
                int at = count[(int) (k1[i] >>> shift & 0xFF)]++;
                k2[at] = k1[i];
                o2[at] = o1[i];
            }
            long[] tk = k1;
            k1 = k2;
            k2 = tk;
            int[] to = o1;
            o1 = o2;
            o2 = to;
        }
        if (k1 != keys) {
            System.arraycopy(k1, 0, keys, 0, n);
            System.arraycopy(o1, 0, order, 0, n);
        }
    }
}
