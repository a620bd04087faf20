package io.github.saasmetrics.ltv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.table.CsvRecords;
import io.github.saasmetrics.table.ResultTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SbgTableTest {

    private static final long[] HIGH_END_LOST = {131, 126, 90, 60, 42, 34, 26};

    private static double decimal(ResultTable table, int row, String column) {
        return ((BigDecimal) table.value(row, column)).doubleValue();
    }

    @Test
    void highEndFit() {
        ShiftedBetaGeometricFit fit = ShiftedBetaGeometric.fit(1000, HIGH_END_LOST);
        String text = fit.toTable().toText();
        assertEquals("""
                sBG fit: 1000 customers over 7 periods
                period  observed survival  fitted survival  fitted retention
                     1             0.8690           0.8507            0.8507
                     2             0.7430           0.7469            0.8780
                     3             0.6530           0.6698            0.8968
                     4             0.5930           0.6099            0.9106
                     5             0.5510           0.5618            0.9212
                     6             0.5170           0.5222            0.9295
                     7             0.4910           0.4889            0.9362
                α = 0.6681 (SE 0.1037), β = 3.8061 (SE 0.7855)
                log-likelihood -1611.1581
                converged after %d iterations""".formatted(fit.iterations()), text);
        // The fit's text is its typed table's.
        assertEquals(text, fit.toString());
    }

    @Test
    void projectionOfThePapersModel() {
        ResultTable table = ShiftedBetaGeometric.of(0.668, 3.806).projection(1000, 2).toTable();
        assertEquals("""
                sBG projection of a cohort of 1000
                period  survival  retention  churn probability  expected active
                     1    0.8507     0.8507             0.1493            850.7
                     2    0.7469     0.8780             0.1038            746.9""", table.toText());
    }

    /** From the typed cells: survival is the running product of retention, churn its fall, expected active N·S. */
    @Property
    void projectionIdentitiesFromTheTable(@ForAll @DoubleRange(min = 0.05, max = 50) double alpha,
            @ForAll @DoubleRange(min = 0.05, max = 50) double beta, @ForAll @LongRange(min = 1, max = 1_000_000) long n,
            @ForAll @IntRange(min = 1, max = 40) int periods) {
        SbgProjection projection = ShiftedBetaGeometric.of(alpha, beta).projection(n, periods);
        ResultTable table = projection.toTable();
        List<Map<String, String>> csv = CsvRecords.of(table);
        double previous = 1;
        double product = 1;
        for (int r = 0; r < periods; r++) {
            assertEquals((long) (r + 1), table.value(r, "period"));
            double survival = decimal(table, r, "survival");
            product *= decimal(table, r, "retention");
            assertEquals(product, survival, 1e-9);
            assertEquals(previous - survival, decimal(table, r, "churn probability"), 1e-9);
            assertEquals(n * survival, decimal(table, r, "expected active"), 1e-9 * n);
            previous = survival;
            SbgProjection.Period p = projection.periods().get(r);
            assertEquals(p.survival(), Double.parseDouble(csv.get(r).get("survival")));
            assertEquals(p.retention(), Double.parseDouble(csv.get(r).get("retention")));
            assertEquals(p.churnProbability(), Double.parseDouble(csv.get(r).get("churn probability")));
            assertEquals(p.expectedActive(), Double.parseDouble(csv.get(r).get("expected active")));
        }
    }

    /** From the typed cells: observed survival is the share of the cohort not yet lost; fitted survival is Π retention. */
    @Property(tries = 20)
    void fitIdentitiesFromTheTable(@ForAll @LongRange(min = 1, max = 1000) long seed) {
        long[] lost = ShiftedBetaGeometricProperties.simulate(new SplittableRandom(seed), 0.668, 3.806, 2000, 6);
        ShiftedBetaGeometricFit fit = ShiftedBetaGeometric.fit(2000, lost);
        ResultTable table = fit.toTable();
        List<Map<String, String>> csv = CsvRecords.of(table);
        long alive = 2000;
        double product = 1;
        for (int r = 0; r < lost.length; r++) {
            alive -= lost[r];
            assertEquals(alive / 2000.0, decimal(table, r, "observed survival"));
            product *= decimal(table, r, "fitted retention");
            assertEquals(product, decimal(table, r, "fitted survival"), 1e-9);
            assertEquals(fit.observedSurvival(r + 1), Double.parseDouble(csv.get(r).get("observed survival")));
            assertEquals(fit.model().survival(r + 1), Double.parseDouble(csv.get(r).get("fitted survival")));
        }
    }
}
