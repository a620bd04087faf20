package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.retention.ChurnBenchmark;
import io.github.saasmetrics.retention.ChurnBenchmarkComparison;
import io.github.saasmetrics.retention.ChurnBenchmarks;
import io.github.saasmetrics.retention.RatePeriod;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The sample's churn against the benchmark bands by company age ({@link ChurnBenchmarks}): the
 * last year's monthly customer churn, as an annual rate, for a company as old as the sample data.
 */
public final class ChurnBenchmarkSection implements ReportSection {

    @Override
    public String title() {
        return "Churn against benchmarks by company age";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        YearMonth first = context.data().period().firstMonth();
        YearMonth last = context.data().period().lastMonth();
        Ratio monthly = context.pooledMonthlyChurn();
        double age = (ChronoUnit.MONTHS.between(first, last) + 1) / 12.0;
        ChurnBenchmarks benchmarks = ChurnBenchmarks.defaults();
        ChurnBenchmarkComparison comparison = benchmarks.compare(monthly, RatePeriod.MONTHLY, age);
        String against = "Monthly churn " + monthly + " (churn events over customers at the start, months of "
                + last.getYear() + "), a company of " + Figures.number(age) + " years:\n"
                + comparison + "\nThe same rate at 5 years: " + benchmarks.compare(monthly, RatePeriod.MONTHLY, 5)
                + ";\nat 12 years: " + benchmarks.compare(monthly, RatePeriod.MONTHLY, 12) + ".";
        ResultTable.Builder typed = ResultTable.builder("Annual churn benchmarks by company age")
                .columns(Column.text("company age"), Column.rate("annual churn from"), Column.rate("to"),
                        Column.text("source"));
        for (ChurnBenchmark band : benchmarks.bands()) {
            typed.row(band.ages(), band.low(), band.high(), band.source());
        }
        return SectionOutput.text(benchmarks + "\n\n" + against).withTables(typed.build())
                .withNotes(against.replace("\n", " "));
    }
}
