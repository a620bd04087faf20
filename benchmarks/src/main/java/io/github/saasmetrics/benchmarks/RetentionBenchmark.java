package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.retention.RevenueRetention;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The library's retention calculators on a built ledger: the cohort table, trailing-twelve-month
 * GRR/NRR and a year's customer churn, on the calling thread and as folds on slices
 * ({@code ledger.fold(fold, slices, executor)}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {Bench.XMS, Bench.XMX, Bench.PRE_TOUCH})
public class RetentionBenchmark {

    /** {@code CohortTable.of(ledger)}: monthly cohorts, every age. */
    @Benchmark
    public CohortTable cohortTable(LedgerState s) {
        return CohortTable.of(s.ledger);
    }

    /** The same on slices. */
    @Benchmark
    public CohortTable cohortTableParallel(LedgerState s) {
        return s.ledger.fold(CohortTable.fold(CohortGrouping.MONTH), s.parts, ForkJoinPool.commonPool());
    }

    /** Trailing-twelve-month GRR and NRR at the ledger's last month. */
    @Benchmark
    public RevenueRetentionResult trailingTwelveMonths(LedgerState s) {
        return RevenueRetention.trailingTwelveMonths(s.ledger, s.ledger.lastMonth());
    }

    /** The same on slices. */
    @Benchmark
    public RevenueRetentionResult trailingTwelveMonthsParallel(LedgerState s) {
        return s.ledger.fold(RevenueRetention.trailingTwelveMonthsFold(s.ledger.lastMonth()), s.parts,
                ForkJoinPool.commonPool());
    }

    /** Customer churn over the last twelve months, every denominator. */
    @Benchmark
    public ChurnResult customerChurnYear(LedgerState s) {
        return CustomerChurn.measure(s.ledger, ReportingPeriod.months(s.ledger.lastMonth().minusMonths(11), s.ledger.lastMonth()));
    }
}
