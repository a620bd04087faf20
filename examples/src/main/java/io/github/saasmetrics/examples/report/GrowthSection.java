package io.github.saasmetrics.examples.report;

import static io.github.saasmetrics.examples.report.Formats.multiple;
import static io.github.saasmetrics.examples.report.Formats.percent;
import static io.github.saasmetrics.examples.report.Formats.plain;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
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
        TextTable years = TextTable.of("year (" + currency + ")", "start MRR", "end MRR", "net new", "growth",
                "quick ratio", "ARPA", "ARR", "customers");
        for (int year = context.data().period().firstMonth().getYear();
                year <= context.data().period().lastMonth().getYear(); year++) {
            MrrBridge b = MrrMovements.bridge(ledger, ReportingPeriod.year(year));
            text.append(b).append('\n');
            years.row(year, plain(b.start()), plain(b.end()), plain(b.netNewMrr()), percent(b.growthRate()),
                    multiple(b.quickRatio()), plain(b.arpa()), plain(b.arr()),
                    b.customersAtStart() + " → " + b.customersAtEnd());
        }
        text.append('\n').append(years).append("\n\n");

        YearMonth last = context.data().period().lastMonth();
        ReportingPeriod lastYear = ReportingPeriod.year(last.getYear());
        TreeSet<String> segments = new TreeSet<>();
        context.customers().values().forEach(c -> c.attribute("segment").ifPresent(segments::add));
        TextTable bySegment = TextTable.of("segment (" + currency + ")", "customers", "MRR " + last, "ARPA",
                "net new " + last.getYear(), "quick ratio " + last.getYear());
        for (String segment : segments) {
            MrrLedger part = ledger.filter(id -> segment.equals(context.attribute(id, "segment")));
            MrrBridge b = MrrMovements.bridge(part, lastYear);
            bySegment.row(segment, b.customersAtEnd(), plain(b.end()), plain(b.arpa()), plain(b.netNewMrr()),
                    multiple(b.quickRatio()));
        }
        text.append(bySegment).append("\n(growth = end / start − 1; quick ratio = (new + expansion + reactivation)"
                + " / (contraction + churn))");
        return new SectionOutput(text.toString(), List.of());
    }
}
