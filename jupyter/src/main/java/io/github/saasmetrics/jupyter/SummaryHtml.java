package io.github.saasmetrics.jupyter;

import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.surveys.CsatScore;
import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.retention.ChurnBenchmarkComparison;
import io.github.saasmetrics.retention.RatePeriod;
import io.github.saasmetrics.retention.RevenueChurnResult;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.ledger.ReactivationInRetention;
import io.github.saasmetrics.table.Figures;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One-line results (an NPS, a period's revenue retention, a bridge, …) as two-column HTML tables
 * of their figures, formatted by {@link Figures} as their {@code toString()} prints them.
 */
final class SummaryHtml {

    private SummaryHtml() {
    }

    static String nps(NpsScore s) {
        Map<String, String> rows = new LinkedHashMap<>();
        if (!s.defined()) {
            rows.put("NPS", "undefined (no responses)");
            return table("NPS", rows);
        }
        rows.put("NPS", Figures.fixed(s.score(), 2));
        rows.put("95% margin of error", "± " + Figures.fixed(s.marginOfError(0.95), 2));
        rows.put("standard error", Figures.fixed(s.standardError(), 2));
        rows.put("95% CI (Wald)", Figures.interval(s.waldInterval(0.95), 2));
        rows.put("95% CI (adjusted Wald)", Figures.interval(s.adjustedWaldInterval(0.95), 2));
        rows.put("promoters", s.promoters() + " (" + Figures.percent(s.promoterShare(), 1) + ")");
        rows.put("passives", s.passives() + " (" + Figures.percent(s.passiveShare(), 1) + ")");
        rows.put("detractors", s.detractors() + " (" + Figures.percent(s.detractorShare(), 1) + ")");
        rows.put("responses", Figures.grouped(s.responses()));
        if (s.weighted()) {
            rows.put("effective sample size", Figures.fixed(s.effectiveSampleSize(), 1));
        }
        return table("NPS", rows);
    }

    static String csat(CsatScore s) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("CSAT", s.defined() ? Figures.percent(s.share(), 2) : "undefined (no answers)");
        if (s.defined()) {
            rows.put("95% CI (Wilson)", Figures.percentPointsInterval(s.wilsonInterval(0.95), 2));
        }
        rows.put("in the top box", Figures.grouped(s.topBox()) + " of " + Figures.grouped(s.responses()));
        rows.put("scale", s.scale().toString());
        return table("CSAT", rows);
    }

    static String benchmark(ChurnBenchmarkComparison c) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("annual churn", Figures.percent(c.annualChurn()));
        if (c.period() == RatePeriod.MONTHLY) {
            rows.put("monthly churn", Figures.fixed(c.measured() * 100, 2) + "%");
        }
        rows.put("company age", Figures.number(c.ageYears()) + " years");
        c.benchmark().ifPresent(band -> {
            rows.put("benchmark band", Figures.percent(band.low()) + " to " + Figures.percent(band.high())
                    + " for companies " + band.ages());
            rows.put("source", band.source());
        });
        rows.put("position", switch (c.position()) {
            case WITHIN -> "within the band";
            case ABOVE -> Figures.fixed(c.pointsOutside() * 100, 1) + " points above the band";
            case BELOW -> Figures.fixed(c.pointsOutside() * 100, 1) + " points below the band";
            case NO_BAND -> "no band for this age";
        });
        return table("Churn against benchmarks", rows);
    }

    static String revenueRetention(RevenueRetentionResult r) {
        Currency currency = r.start().currency();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("GRR", Figures.moneyRatio(r.grr(), currency));
        rows.put("NRR", Figures.moneyRatio(r.nrr(), currency));
        rows.put("customers at the start", Figures.grouped(r.customers()));
        rows.put("MRR at the start", Figures.money(r.start()));
        rows.put("expansion", Figures.money(r.expansion()));
        rows.put("contraction", Figures.money(r.contraction()));
        rows.put("churn", Figures.money(r.churn()));
        rows.put("reactivation" + (r.reactivationInNrr() == ReactivationInRetention.INCLUDED ? "" : " (not in NRR)"),
                Figures.money(r.reactivation()));
        rows.put("fx", Figures.money(r.fx()));
        rows.put("MRR at the end", Figures.money(r.end()));
        return table("revenue retention " + r.period(), rows);
    }

    static String revenueChurn(RevenueChurnResult r) {
        Currency currency = r.start().currency();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("gross MRR churn", Figures.moneyRatio(r.gross(), currency));
        rows.put("net MRR churn", Figures.moneyRatio(r.net(), currency));
        rows.put("MRR at the start", Figures.money(r.start()));
        rows.put("churn", Figures.money(r.churn()));
        rows.put("contraction", Figures.money(r.contraction()));
        rows.put("expansion", Figures.money(r.expansion()));
        rows.put("reactivation", Figures.money(r.reactivation()));
        return table("MRR churn " + r.period(), rows);
    }

    static String bridge(MrrBridge b) {
        Currency currency = b.start().currency();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("MRR at the start", Figures.money(b.start()));
        rows.put("+ new", Figures.amount(b.newBusiness()));
        rows.put("+ reactivation", Figures.amount(b.reactivation()));
        rows.put("+ expansion", Figures.amount(b.expansion()));
        rows.put("− contraction", Figures.amount(b.contraction()));
        rows.put("− churn", Figures.amount(b.churn()));
        rows.put("= net new MRR", Figures.amount(b.netNewMrr()));
        rows.put("+ fx", Figures.amount(b.fx()));
        rows.put("MRR at the end", Figures.money(b.end()));
        rows.put("customers", b.customersAtStart() + " → " + b.customersAtEnd() + " (new " + b.newCustomers()
                + ", returned " + b.reactivatedCustomers() + ", churned " + b.churnedCustomers() + ")");
        rows.put("growth", Figures.moneyRatio(b.growthRate(), currency));
        rows.put("quick ratio", Figures.moneyMultiple(b.quickRatio(), currency));
        return table("MRR bridge " + b.period(), rows);
    }

    private static String table(String caption, Map<String, String> rows) {
        StringBuilder html = new StringBuilder("<div class=\"saasmetrics\"><table><caption>")
                .append(MarkdownHtml.escape(caption)).append("</caption><tbody>");
        rows.forEach((k, v) -> html.append("<tr><th style=\"text-align:left\">").append(MarkdownHtml.escape(k))
                .append("</th><td style=\"text-align:right\">").append(MarkdownHtml.escape(v)).append("</td></tr>"));
        return html.append("</tbody></table></div>").toString();
    }
}
