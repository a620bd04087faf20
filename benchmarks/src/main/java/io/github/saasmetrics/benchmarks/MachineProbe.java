package io.github.saasmetrics.benchmarks;

import java.util.concurrent.ForkJoinPool;

/**
 * Prints the facts about this machine that the benchmark numbers depend on: processors, the
 * common pool's parallelism, the cost of touching fresh memory, and sequential read bandwidth.
 *
 * <p>Run in a fresh JVM without pre-touch:
 * {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar io.github.saasmetrics.benchmarks.MachineProbe}.
 */
public final class MachineProbe {

    private MachineProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        System.out.println("processors " + Runtime.getRuntime().availableProcessors() + ", common pool parallelism "
                + ForkJoinPool.getCommonPoolParallelism());
        int mb = 240;
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            long[] fresh = new long[mb * (1 << 20) / Long.BYTES];
            long t1 = System.nanoTime();
            for (int i = 0; i < fresh.length; i += 512) {
                fresh[i] = i;
            }
            long t2 = System.nanoTime();
            long sum = 0;
            for (int rep = 0; rep < 5; rep++) {
                for (long v : fresh) {
                    sum += v;
                }
            }
            long t3 = System.nanoTime();
            sink += sum;
            System.out.printf("new long[%d MB]: allocate %.0f ms, first write per page %.0f ms (%.2f ms per MB), "
                    + "sequential read %.1f GB/s%n", mb, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6 / mb,
                    5.0 * mb / 1024 / ((t3 - t2) / 1e9));
        }
        System.out.println("(checksum " + sink + ")");
    }
}
