package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.examples.sample.CsatRating;
import io.github.saasmetrics.surveys.Csat;
import io.github.saasmetrics.surveys.CsatScore;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.IntervalScale;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Support satisfaction (CSAT, top two boxes of 1–5) overall and per year, with Wilson intervals. */
public final class CsatSection implements ReportSection {

    @Override
    public String title() {
        return "Support satisfaction (CSAT)";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        List<CsatRating> ratings = context.data().csatRatings();
        CsatScore all = Csat.score(context.data().csatAnswers());
        Map<Integer, CsatScore> byYear = new TreeMap<>();
        for (CsatRating r : ratings) {
            byYear.merge(r.date().getYear(), Csat.score(r.rating()), CsatScore::plus);
        }
        TextTable.Builder table = TextTable.builder("year", "ratings", "CSAT", "95% Wilson interval");
        // The interval has the CSAT's two decimals, in percent as the score.
        byYear.forEach((year, score) -> table.row(year, score.responses(), score.share(),
                Figures.percentPointsInterval(score.wilsonInterval(0.95), 2)));
        ResultTable.Builder typed = ResultTable.builder("CSAT by year")
                .columns(Column.period("year"), Column.count("ratings"), Column.percent("CSAT"),
                        Column.interval("95% Wilson interval", 2, IntervalScale.PLAIN).withUnit("%"));
        byYear.forEach((year, score) -> typed.row(ReportingPeriod.year(year), score.responses(), score.share(),
                score.wilsonInterval(0.95)));
        return SectionOutput.text(all + "\n\n" + table.build()).withTables(typed.build());
    }
}
