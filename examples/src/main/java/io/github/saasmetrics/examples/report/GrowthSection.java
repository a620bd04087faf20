package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

/**
 * Growth per year (the yearly bridges and their derived numbers) and the MRR of each customer
 * segment at the end.
 */
public final class GrowthSection implements ReportSection {

    @Override
    public String title() {
        return "Growth by year and segment";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        MrrLedger ledger = context.ledger();
        StringBuilder text = new StringBuilder();
        String currency = ledger.currency().getCurrencyCode();
        TextTable.Builder years = TextTable.builder("year (" + currency + ")", "start MRR", "net new", "fx", "end MRR",
                "growth", "quick ratio", "ARPA", "ARR", "customers");
        ResultTable.Builder typedYears = ResultTable.builder("Growth by year (" + currency + ")")
                .columns(Column.period("year"), Column.money("start MRR", ledger.currency()),
                        Column.money("net new", ledger.currency()), Column.money("fx", ledger.currency()),
                        Column.money("end MRR", ledger.currency()), Column.percent("growth"),
                        Column.multiple("quick ratio"), Column.money("ARPA", ledger.currency()),
                        Column.money("ARR", ledger.currency()), Column.count("customers at start"),
                        Column.count("customers at end"));
        for (int year = context.data().period().firstMonth().getYear();
                year <= context.data().period().lastMonth().getYear(); year++) {
            MrrBridge b = MrrMovements.bridge(ledger, ReportingPeriod.year(year));
            text.append(Formats.wrap(b.toString())).append('\n');
            years.row(year, Figures.amount(b.start()), Figures.amount(b.netNewMrr()), Figures.amount(b.fx()),
                    Figures.amount(b.end()), Figures.percent(b.growthRate()), Figures.multiple(b.quickRatio()),
                    Figures.amount(b.arpa()), Figures.amount(b.arr()), b.customersAtStart() + " → " + b.customersAtEnd());
            typedYears.row(b.period(), b.start(), b.netNewMrr(), b.fx(), b.end(), b.growthRate(), b.quickRatio(),
                    b.arpa(), b.arr(), b.customersAtStart(), b.customersAtEnd());
        }
        text.append('\n').append(years.build()).append("\n\n");

        YearMonth last = context.data().period().lastMonth();
        ReportingPeriod lastYear = ReportingPeriod.year(last.getYear());
        TreeSet<String> segments = new TreeSet<>();
        context.customers().values().forEach(c -> c.attribute("segment").ifPresent(segments::add));
        TextTable.Builder bySegment = TextTable.builder("segment (" + currency + ")", "customers", "MRR " + last,
                "ARPA", "net new " + last.getYear(), "quick ratio " + last.getYear());
        ResultTable.Builder typedSegments = ResultTable.builder("Growth by segment, " + last.getYear() + " ("
                + currency + ")")
                .columns(Column.text("segment"), Column.count("customers"), Column.money("MRR " + last, ledger.currency()),
                        Column.money("ARPA", ledger.currency()), Column.money("net new " + last.getYear(),
                                ledger.currency()), Column.multiple("quick ratio " + last.getYear()));
        for (String segment : segments) {
            MrrLedger part = ledger.filter(id -> segment.equals(context.attribute(id, "segment")));
            MrrBridge b = MrrMovements.bridge(part, lastYear);
            bySegment.row(segment, b.customersAtEnd(), Figures.amount(b.end()), Figures.amount(b.arpa()),
                    Figures.amount(b.netNewMrr()), Figures.multiple(b.quickRatio()));
            typedSegments.row(segment, b.customersAtEnd(), b.end(), b.arpa(), b.netNewMrr(), b.quickRatio());
        }
        text.append(bySegment.build()).append("\n(net new = new + reactivation + expansion − contraction − churn, without"
                + " FX, so end = start + net new + fx;\n growth = end / start − 1; quick ratio = (new + expansion"
                + " + reactivation) / (contraction + churn))");
        return new SectionOutput(text.toString(), List.of()).withTables(typedYears.build(), typedSegments.build());
    }
}
