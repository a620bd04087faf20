package io.github.saasmetrics.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.saasmetrics.customer.Customer;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.CsvRecords;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class NpsTablesTest {

    private static final List<Customer> CUSTOMERS = List.of(
            Customer.of("c1").withAttribute("plan", "basic"),
            Customer.of("c2").withAttribute("plan", "basic"),
            Customer.of("c3").withAttribute("plan", "pro"),
            Customer.of("c4"));

    private static final List<NpsResponse> RESPONSES = List.of(
            NpsResponse.of("c1", 10, LocalDate.of(2024, 1, 5)),
            NpsResponse.of("c1", 3, LocalDate.of(2024, 3, 9)),
            NpsResponse.of("c2", 6, LocalDate.of(2024, 1, 20)),
            NpsResponse.of("c2", 8, LocalDate.of(2024, 3, 30)),
            NpsResponse.of("c3", 9, LocalDate.of(2024, 1, 31)),
            NpsResponse.of("c3", 7, LocalDate.of(2024, 4, 1)),
            NpsResponse.of("c3", 10, LocalDate.of(2024, 4, 2)),
            NpsResponse.of("c4", 2, LocalDate.of(2024, 4, 3)));

    @Test
    void segments() {
        ResultTable table = Nps.bySegment(RESPONSES, CUSTOMERS, "plan").toTable();
        assertEquals("""
                NPS by plan
                plan    responses  promoters  passives  detractors     NPS    SE            95% CI
                basic           4      25.0%     25.0%       50.0%   -25.0  41.5    [-100.0, 56.3]
                pro             3      66.7%     33.3%        0.0%    66.7  27.2     [13.3, 100.0]
                (none)          1       0.0%      0.0%      100.0%  -100.0   0.0  [-100.0, -100.0]""",
                table.toText());
        assertEquals(Ratio.of(2, 3), table.value(1, "promoters"));
        assertEquals(3L, table.value(1, "responses"));
    }

    @Test
    void trendWithAGap() {
        NpsTrend trend = Nps.monthlyTrend(RESPONSES.subList(0, 5));
        ResultTable table = trend.toTable();
        assertEquals("""
                NPS by period
                period   responses  promoters  passives  detractors    NPS    SE          95% CI
                2024-01          3      66.7%      0.0%       33.3%   33.3  54.4  [-73.4, 100.0]
                2024-02          0          —         —           —      —     —               —
                2024-03          2       0.0%     50.0%       50.0%  -50.0  35.4  [-100.0, 19.3]""",
                table.toText());
        assertEquals(trend.toString().strip(), table.toText().lines().skip(1)
                .reduce((a, b) -> a + "\n" + b).orElseThrow());
        assertEquals(ReportingPeriod.month(YearMonth.of(2024, 2)), table.value(1, "period"));
        assertEquals(0L, table.value(1, "responses"));
        assertNull(table.value(1, "NPS"));
    }

    @Test
    void weightedScoresAddTheWeightedShares() {
        NpsScore weighted = new NpsScore(1, 0, 1, new NpsWeights(3, 0, 1, 10));
        ResultTable table = new NpsTrend(List.of(new NpsTrend.Point(ReportingPeriod.parse("2024-01"), weighted)))
                .toTable();
        assertEquals(Ratio.of(1, 2), table.value(0, "promoters"));
        assertEquals(0.75, table.value(0, "weighted promoters"));
        assertEquals(new BigDecimal(Double.toString(weighted.score())), table.value(0, "NPS"));
        assertEquals(1, table.footnotes().size());
    }

    /** From the typed cells: the shares' numerators add up to the responses, and NPS is 100 × (promoters − detractors). */
    @Property
    void npsIdentitiesFromTheTable(@ForAll @Size(max = 8) List<@Size(3) List<@IntRange(max = 400) Integer>> counts) {
        List<NpsSegments.Segment> segments = new ArrayList<>();
        List<NpsTrend.Point> points = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            List<Integer> c = counts.get(i);
            NpsScore score = NpsScore.of(c.get(0), c.get(1), c.get(2));
            segments.add(new NpsSegments.Segment("s" + i, score));
            points.add(new NpsTrend.Point(ReportingPeriod.month(YearMonth.of(2024, 1).plusMonths(i)), score));
        }
        check(new NpsSegments("plan", segments, NpsScore.EMPTY).toTable());
        check(new NpsTrend(points).toTable());
    }

    private static void check(ResultTable table) {
        List<Map<String, String>> csv = CsvRecords.of(table);
        for (int r = 0; r < table.rowCount(); r++) {
            long responses = (Long) table.value(r, "responses");
            Ratio promoters = (Ratio) table.value(r, "promoters");
            Ratio passives = (Ratio) table.value(r, "passives");
            Ratio detractors = (Ratio) table.value(r, "detractors");
            assertEquals(responses, promoters.numerator() + passives.numerator() + detractors.numerator());
            for (Ratio share : List.of(promoters, passives, detractors)) {
                assertEquals(responses, share.denominator());
            }
            Map<String, String> fields = csv.get(r);
            assertEquals(responses, Long.parseLong(fields.get("responses")));
            if (responses == 0) {
                assertNull(table.value(r, "NPS"));
                assertNull(fields.get("NPS"));
                continue;
            }
            double nps = ((BigDecimal) table.value(r, "NPS")).doubleValue();
            assertEquals(100 * (promoters.value() - detractors.value()), nps, 1e-9);
            assertEquals(nps, Double.parseDouble(fields.get("NPS")));
            assertEquals(promoters.value(), Double.parseDouble(fields.get("promoters")));
            assertEquals(detractors.value(), Double.parseDouble(fields.get("detractors")));
            ConfidenceInterval ci = (ConfidenceInterval) table.value(r, "95% CI");
            assertEquals(ci.lower(), Double.parseDouble(fields.get("95% CI lower")));
            assertEquals(ci.upper(), Double.parseDouble(fields.get("95% CI upper")));
        }
    }
}
