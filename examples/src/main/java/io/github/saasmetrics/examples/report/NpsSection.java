package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.charts.Charts;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.surveys.NpsResponse;
import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.surveys.NpsTrend;
import java.util.List;

/** Net Promoter Score: overall with its intervals, by quarter, by segment, and the latest change. */
public final class NpsSection implements ReportSection {

    @Override
    public String title() {
        return "Net Promoter Score";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        List<NpsResponse> responses = context.data().npsResponses();
        NpsScore all = Nps.score(responses);
        NpsTrend quarterly = Nps.quarterlyTrend(responses);
        StringBuilder text = new StringBuilder()
                .append("All responses: ").append(all).append('\n')
                .append("  Wald ").append(all.waldInterval(0.95)).append(", adjusted Wald ")
                .append(all.adjustedWaldInterval(0.95)).append("\n\n")
                .append(quarterly.toString().strip()).append("\n\n")
                .append(Nps.bySegment(responses, context.customers(), "segment").toString().strip());
        List<NpsTrend.Point> points = quarterly.points();
        if (points.size() >= 2) {
            NpsTrend.Point before = points.get(points.size() - 2);
            NpsTrend.Point latest = points.get(points.size() - 1);
            if (before.score().defined() && latest.score().defined()) {
                text.append("\n\n").append(latest.period()).append(" vs ").append(before.period()).append(": ")
                        .append(NpsScore.compare(latest.score(), before.score()));
            }
        }
        return new SectionOutput(text.toString(), List.of(new Figure(
                "NPS per quarter; the bars are 95% Wald intervals, wide where few customers answered.",
                () -> Charts.npsTrend(quarterly)))).withTables(quarterly.toTable());
    }
}
