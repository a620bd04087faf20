package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.retention.ChurnConversions;
import io.github.saasmetrics.retention.RevenueRetention;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.surveys.NpsTrend;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's first screen: the figures a finance reader asks for first, each with the period it
 * covers and the section that explains it, then which of several estimates of one thing to use for
 * what. Every figure is computed here the way its section computes it, so the two always agree.
 */
public final class SummarySection implements ReportSection {

    /** The title, which the HTML page links from the summary's "explained in" cells. */
    public static final String TITLE = "At a glance";

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public SectionOutput render(ReportContext context) {
        MrrLedger ledger = context.ledger();
        MrrBridge month = context.monthly().get(context.monthly().size() - 1);
        YearMonth last = month.period().firstMonth();
        int year = last.getYear();
        MrrBridge yearly = MrrMovements.bridge(ledger, ReportingPeriod.year(year));
        String bridge = new MrrBridgeSection().title();
        String growth = new GrowthSection().title();
        String retention = new RevenueRetentionSection().title();
        String ltv = new LtvSection().title();
        String nps = new NpsSection().title();
        String yearText = Integer.toString(year);
        YearMonth january = YearMonth.of(year, 1);
        YearMonth pooledFrom = context.data().period().firstMonth().isAfter(january)
                ? context.data().period().firstMonth() : january;
        String yearSpan = pooledFrom + " to " + last;

        TextTable.Builder text = TextTable.builder("figure", "value", "<period", "<explained in");
        ResultTable.Builder typed = ResultTable.builder("At a glance (" + ledger.currency().getCurrencyCode() + ")")
                .columns(Column.text("figure"), Column.text("value"), Column.text("period"), Column.text("explained in"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"MRR", Figures.money(month.end()), "end of " + last, bridge});
        rows.add(new String[] {"ARR (12 × MRR)", Figures.money(month.arr()), "end of " + last, growth});
        rows.add(new String[] {"MRR growth (year end over year end)", Figures.percent(yearly.growthRate()), yearText,
                growth});
        rows.add(new String[] {"net new MRR (without FX)", Figures.money(yearly.netNewMrr()), yearText, growth});
        rows.add(new String[] {"quick ratio", Figures.multiple(yearly.quickRatio()), yearText, growth});
        if (!last.minusMonths(12).isBefore(ledger.firstMonth())) {
            RevenueRetentionResult ttm = RevenueRetention.trailingTwelveMonths(ledger, last);
            rows.add(new String[] {"gross revenue retention (GRR)", Figures.percent(ttm.grr()), "12 months to " + last,
                    retention});
            rows.add(new String[] {"net revenue retention (NRR)", Figures.percent(ttm.nrr()), "12 months to " + last,
                    retention});
        }
        Ratio churn = context.pooledMonthlyChurn();
        rows.add(new String[] {"logo churn", Figures.percent(churn, 2) + " a month ≈ "
                + Figures.fixedPercent(ChurnConversions.annualChurn(churn.value())) + " a year", yearSpan + ", pooled",
                ltv});
        NpsTrend.Point latest = null;
        for (NpsTrend.Point p : Nps.quarterlyTrend(context.data().npsResponses()).points()) {
            if (p.score().defined()) {
                latest = p;
            }
        }
        if (latest != null) {
            rows.add(new String[] {"NPS", Figures.fixed(latest.score().score(), 1) + " ± "
                    + Figures.fixed(latest.score().marginOfError(0.95), 1) + " (" + Figures.grouped(
                            latest.score().responses()) + " answers)", latest.period().toString(), nps});
        }
        for (String[] row : rows) {
            text.row((Object[]) row);
            typed.row((Object[]) row);
        }
        String lifetime = Figures.fixed(1 / churn.value(), 1);
        String which = """
                Which figure to use where the report shows several estimates of one thing:
                - Monthly logo churn: %s (every month of %s pooled) is the rate for lifetime value and plans; \
                the quarter's rate converted to a month (Customer churn and retention) shows the latest trend.
                - Customer lifetime: %s months (1 ÷ the pooled churn, as simple LTV assumes one constant rate) is \
                for a quick LTV; the shifted-beta-geometric lifetime (Survival) allows for churn falling with \
                tenure and is the one to value a new customer with; Kaplan–Meier's restricted mean counts only \
                the months observed so far (capped at %d), a floor rather than a lifetime; 1 ÷ the last quarter's \
                monthly churn (Customer churn and retention) follows the latest trend.
                - Amounts are in %s; losses (contraction, churn) are shown as positive amounts and subtracted \
                in every identity, and FX is kept apart from net new MRR."""
                .formatted(Figures.percent(churn, 2), yearText, lifetime, SurvivalSection.HORIZON,
                        ledger.currency().getCurrencyCode());
        int firstBreak = which.indexOf('\n');
        return SectionOutput.text(text.build() + "\n\n" + Formats.wrap(which)).withTables(typed.build())
                .withNotes(which.substring(0, firstBreak), which.substring(firstBreak + 1));
    }
}
