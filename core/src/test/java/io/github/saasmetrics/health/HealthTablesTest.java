package io.github.saasmetrics.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.CsvRecords;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HealthTablesTest {

    private static double decimal(ResultTable table, int row, String column) {
        return ((BigDecimal) table.value(row, column)).doubleValue();
    }

    @Test
    void portfolio() {
        ResultTable table = HealthPortfolio.of(HealthPortfolioTest.ASSESSMENTS, HealthPortfolioTest.MRR).toTable();
        assertEquals("""
                Health portfolio: customers and MRR by band
                band        customers  share  MRR (USD)  MRR share
                healthy             1  25.0%   1,000.00      33.3%
                at risk             1  25.0%     600.00      20.0%
                critical            1  25.0%     900.00      30.0%
                unassessed          1  25.0%     500.00      16.7%
                --------------------------------------------------
                Total               4          3,000.00""", table.toText());
        assertEquals(Ratio.of(90000, 300000), table.value(2, "MRR share"));
        assertEquals(4L, table.value(4, "customers"));
    }

    @Test
    void validation() {
        HealthValidation validation = HealthValidation.of(HealthValidationTest.EXAMPLE,
                HealthValidationTest.ids("c", "e", "g"));
        ResultTable table = validation.toTable();
        assertEquals("""
                Health validation: churn by band and by signal
                band or signal  customers  churned  churn rate  lift     AUC
                bands
                healthy                 2        0        0.0%  0.00       —
                at risk                 2        1       50.0%  1.50       —
                critical                2        1       50.0%  1.50       —
                signals
                open tickets            6        2       33.3%     —  0.8750
                AUC 0.8750 (7 of 8 pairs ranked right, 0 tied); 2 of 6 assessed customers churned (33.33%)
                churned without an assessment (not ranked): g""", table.toText());
        assertEquals(Ratio.of(1, 2), table.value(1, "churn rate"));
        assertNull(table.value(1, "AUC"));
    }

    @Test
    void playbook() {
        Playbook playbook = Playbook.defaults();
        ResultTable table = playbook.toTable();
        assertEquals(playbook.rules().size(), table.rowCount());
        PlaybookRule first = playbook.rules().get(0);
        assertEquals(List.of(first.trigger().toString(), first.action().alertType(), first.action().actionPlan(),
                String.join("; ", first.action().resolutionReasons())), table.rows().get(0).cells());
        assertEquals("band CRITICAL", table.value(0, "trigger"));
        assertEquals("Churn risk", table.value(0, "alert type"));
    }

    @Test
    void model() {
        ResultTable table = HealthModel.defaults().toTable();
        assertEquals("""
                Health model: weights and scoring curves
                signal                 weight  share  curve
                usage frequency            20  20.0%  linear 0.1:0, 0.6:1
                usage breadth              15  15.0%  linear 0.1:0, 0.5:1
                NPS                        10  10.0%  steps 0:0, 7:0.5, 9:1
                CSAT                       10  10.0%  steps 0:0, 0.5:0.5, 0.75:1
                champion change            10  10.0%  steps 0:1, 1:0
                plan limit pressure         5   5.0%  linear 0.9:1, 1.2:0
                days since engagement      15  15.0%  linear 10:1, 60:0
                open tickets                5   5.0%  steps 0:1, 1:0.75, 3:0.25, 6:0
                MRR trend                  10  10.0%  linear -0.3:0, 0:1
                bands: critical < 40 <= at risk < 70 <= healthy""", table.toText());
    }

    @Test
    void assessment() {
        ResultTable table = HealthModel.defaults().assess(HealthModelTest.EXAMPLE).toTable();
        assertEquals("""
                cus_42: health 43.6 of 100, at risk
                signal                 observation                weight share  goodness  points  shortfall
                usage frequency        Active on 6 of 30 days            26.7%     0.200     5.3       21.3
                usage breadth          Uses 3 of 10 features             20.0%     0.500    10.0       10.0
                NPS                    NPS answer 6 (detractor)          13.3%     0.000     0.0       13.3
                champion change        Champion unchanged                13.3%     1.000    13.3        0.0
                days since engagement  No engagement for 35 days         20.0%     0.500    10.0       10.0
                open tickets           2 open support tickets             6.7%     0.750     5.0        1.7
                missing (weight shared among the present signals): CSAT, plan limit pressure, MRR trend""", table.toText());
    }

    /** From the typed cells: the band rows and the unassessed row add up to the total row, customers and MRR. */
    @Property
    void portfolioRowsAddUpToTheTotal(@ForAll long seed, @ForAll @IntRange(max = 30) int size) {
        Random random = new Random(seed);
        List<HealthAssessment> assessments = new ArrayList<>();
        Map<CustomerId, Money> mrr = new HashMap<>();
        for (int i = 0; i <= size; i++) {
            String id = "c" + i;
            if (random.nextInt(4) > 0) {
                assessments.add(HealthModel.defaults().assess(RandomSignals.nonEmpty(id, random)));
            }
            mrr.put(CustomerId.of(id), Money.ofMinor("USD", random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000)));
        }
        HealthPortfolio portfolio = HealthPortfolio.of(assessments, mrr);
        ResultTable table = portfolio.toTable();
        List<Map<String, String>> csv = CsvRecords.of(table);
        int last = table.rowCount() - 1;
        long customers = 0;
        Money sum = Money.zero(portfolio.currency());
        long shareNumerators = 0;
        for (int r = 0; r < last; r++) {
            customers += (Long) table.value(r, "customers");
            sum = sum.plus((Money) table.value(r, "MRR"));
            shareNumerators += ((Ratio) table.value(r, "share")).numerator();
            assertEquals(((Money) table.value(r, "MRR")).amount(), new BigDecimal(csv.get(r).get("MRR (USD)")));
        }
        assertEquals(customers, table.value(last, "customers"));
        assertEquals(sum, table.value(last, "MRR"));
        assertEquals(portfolio.totalCustomers(), customers);
        assertEquals(customers, shareNumerators);
        assertEquals(sum.amount(), new BigDecimal(csv.get(last).get("MRR (USD)")));
        assertEquals(Long.toString(customers), csv.get(last).get("customers"));
    }

    /** From the typed cells: band customers add up to the assessed, churn rates are churned over customers. */
    @Property
    void validationCountsFromTheTable(@ForAll long seed, @ForAll @IntRange(max = 30) int size) {
        Random random = new Random(seed);
        List<HealthAssessment> assessments = new ArrayList<>();
        Set<CustomerId> churned = new HashSet<>();
        for (int i = 0; i < size; i++) {
            assessments.add(HealthModel.defaults().assess(RandomSignals.nonEmpty("c" + i, random)));
            if (random.nextBoolean()) {
                churned.add(CustomerId.of("c" + i));
            }
        }
        HealthValidation validation = HealthValidation.of(assessments, churned);
        ResultTable table = validation.toTable();
        List<Map<String, String>> csv = CsvRecords.of(table);
        long customers = 0;
        long lost = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            Row row = table.rows().get(r);
            long n = (Long) table.value(r, "customers");
            long c = (Long) table.value(r, "churned");
            assertEquals(Ratio.of(c, n), table.value(r, "churn rate"));
            assertEquals(row.group(), csv.get(r).get("group"));
            assertEquals(Long.toString(c), csv.get(r).get("churned"));
            if ("bands".equals(row.group())) {
                customers += n;
                lost += c;
            } else if (table.value(r, "AUC") != null) {
                assertEquals(validation.signals().get(r - 3).auc().value(), Double.parseDouble(csv.get(r).get("AUC")));
            }
        }
        assertEquals(size, customers);
        assertEquals(churned.size(), lost);
    }

    /** From the typed cells: points add up to the score; points and shortfall to 100 × the weight share. */
    @Property
    void assessmentPointsAddUpToTheScore(@ForAll long seed) {
        HealthAssessment assessment = HealthModel.defaults().assess(RandomSignals.nonEmpty("c", new Random(seed)));
        ResultTable table = assessment.toTable();
        List<Map<String, String>> csv = CsvRecords.of(table);
        double points = 0;
        double shares = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            double share = (Double) table.value(r, "weight share");
            points += decimal(table, r, "points");
            shares += share;
            assertEquals(100 * share, decimal(table, r, "points") + decimal(table, r, "shortfall"), 1e-9);
            assertEquals(share, Double.parseDouble(csv.get(r).get("weight share")));
            assertEquals(assessment.contributions().get(r).goodness(), Double.parseDouble(csv.get(r).get("goodness")));
        }
        assertEquals(assessment.score(), points, 1e-9);
        assertEquals(1, shares, 1e-12);
    }

    /** From the typed cells: the shares are the weights over their sum. */
    @Property
    void modelSharesAreTheWeightsOverTheirSum(@ForAll long seed) {
        ResultTable table = RandomSignals.model(new Random(seed)).toTable();
        List<Map<String, String>> csv = CsvRecords.of(table);
        double total = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            total += decimal(table, r, "weight");
        }
        for (int r = 0; r < table.rowCount(); r++) {
            assertEquals(decimal(table, r, "weight") / total, (Double) table.value(r, "share"), 1e-12);
            assertEquals(decimal(table, r, "weight"), Double.parseDouble(csv.get(r).get("weight")));
        }
    }
}
