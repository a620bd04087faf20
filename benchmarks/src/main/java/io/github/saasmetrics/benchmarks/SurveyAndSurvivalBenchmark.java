package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.survival.KaplanMeier;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.surveys.NpsAccumulator;
import io.github.saasmetrics.surveys.NpsScore;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Kaplan–Meier over a million tenures and NPS over ten million responses, on the calling thread
 * and split in two halves (one on the common pool, one on the calling thread) merged with the
 * accumulators' {@code addAll}. The inputs are drawn once from a fixed seed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {Bench.XMS, Bench.XMX, Bench.PRE_TOUCH})
public class SurveyAndSurvivalBenchmark {

    /** Monthly tenures, about 3 % churn a month, a quarter of customers still active (censored). */
    @State(Scope.Benchmark)
    public static class Tenures {
        @Param("1000000")
        public int tenures;
        double[] times;
        boolean[] churned;

        @Setup(Level.Trial)
        public void draw() {
            SplittableRandom random = new SplittableRandom(Bench.SEED);
            times = new double[tenures];
            churned = new boolean[tenures];
            for (int i = 0; i < tenures; i++) {
                times[i] = 1 + Math.floor(-Math.log(1 - random.nextDouble()) / 0.03);
                churned[i] = random.nextInt(4) != 0;
            }
            SurvivalCurve whole = KaplanMeier.fit(times, churned);
            if (!whole.equals(halves(this))) {
                throw new IllegalStateException("halves merged differ from the whole curve");
            }
        }
    }

    /** Survey answers 0..10, skewed towards promoters. */
    @State(Scope.Benchmark)
    public static class Scores {
        @Param("10000000")
        public int responses;
        int[] scores;

        @Setup(Level.Trial)
        public void draw() {
            SplittableRandom random = new SplittableRandom(Bench.SEED);
            scores = new int[responses];
            for (int i = 0; i < responses; i++) {
                scores[i] = Math.min(10, random.nextInt(6) + random.nextInt(6));
            }
            if (!Nps.score(scores).equals(halves(this))) {
                throw new IllegalStateException("halves merged differ from the whole score");
            }
        }
    }

    @Benchmark
    public SurvivalCurve kaplanMeier(Tenures t) {
        return KaplanMeier.fit(t.times, t.churned);
    }

    @Benchmark
    public SurvivalCurve kaplanMeierParallel(Tenures t) {
        return halves(t);
    }

    @Benchmark
    public NpsScore nps(Scores s) {
        return Nps.score(s.scores);
    }

    @Benchmark
    public NpsScore npsParallel(Scores s) {
        return halves(s);
    }

    static SurvivalCurve halves(Tenures t) {
        int mid = t.tenures / 2;
        CompletableFuture<KaplanMeier.Accumulator> first = CompletableFuture.supplyAsync(
                () -> fill(t, 0, mid), ForkJoinPool.commonPool());
        KaplanMeier.Accumulator second = fill(t, mid, t.tenures);
        return first.join().addAll(second).toCurve();
    }

    private static KaplanMeier.Accumulator fill(Tenures t, int from, int to) {
        KaplanMeier.Accumulator acc = KaplanMeier.accumulator();
        for (int i = from; i < to; i++) {
            acc.add(t.times[i], t.churned[i]);
        }
        return acc;
    }

    static NpsScore halves(Scores s) {
        int mid = s.responses / 2;
        CompletableFuture<NpsAccumulator> first = CompletableFuture.supplyAsync(() -> fill(s, 0, mid),
                ForkJoinPool.commonPool());
        NpsAccumulator second = fill(s, mid, s.responses);
        NpsAccumulator merged = first.join();
        merged.addAll(second);
        return merged.snapshot();
    }

    private static NpsAccumulator fill(Scores s, int from, int to) {
        NpsAccumulator acc = new NpsAccumulator();
        for (int i = from; i < to; i++) {
            acc.add(s.scores[i]);
        }
        return acc;
    }
}
