package io.github.saasmetrics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.table.CsvRecords;
import io.github.saasmetrics.table.ResultTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SurvivalCurveTableTest {

    @Provide
    Arbitrary<Tenure> tenures() {
        return new KaplanMeierProperties().tenures();
    }

    @Test
    void smallCurve() {
        SurvivalCurve curve = KaplanMeier.fit(new double[] {1, 2, 3, 4, 6, 7},
                new boolean[] {true, false, true, true, true, false});
        ResultTable table = curve.toTable();
        assertEquals("""
                Kaplan–Meier survival: 6 customers, 4 churned, 2 censored
                time  at risk  churned  censored  survival  std.err            95% CI
                   1        6        1         0    0.8333   0.1521  [0.5827, 1.0000]
                   2        5        0         1    0.8333   0.1521  [0.5827, 1.0000]
                   3        4        1         0    0.6250   0.2135  [0.3200, 1.0000]
                   4        3        1         0    0.4167   0.2218  [0.1468, 1.0000]
                   6        2        1         0    0.2083   0.1844  [0.0368, 1.0000]
                   7        1        0         1    0.2083   0.1844  [0.0368, 1.0000]
                median 4 (95% CI 3 to not reached)
                log intervals""", table.toText());
        // The title and rows carry what the text shows.
        assertEquals(curve.toString().lines().skip(2).map(line -> line.replaceAll("\\s+", " ").trim()).toList(),
                table.toText().lines().skip(2).limit(6)
                        .map(line -> line.replaceAll("[\\[\\],]", "").replaceAll("\\s+", " ").trim()).toList());
        assertEquals(curve.row(3).survival(), ((BigDecimal) table.value(3, "survival")).doubleValue());
        assertEquals(new ConfidenceInterval(curve.row(3).lower(), curve.row(3).upper(), 0.95),
                table.value(3, "95% CI"));
    }

    @Test
    void fractionalTimesKeepTheirDecimals() {
        ResultTable table = KaplanMeier.fit(Tenure.churned(0.25), Tenure.censored(1.5), Tenure.churned(2)).toTable();
        assertEquals(List.of("0.25", "1.50", "2.00"), table.toText().lines().skip(2).limit(3)
                .map(line -> line.substring(0, 4)).toList());
    }

    /** From the typed cells: S is the running product of (1 − churned / at risk); at risk falls by churned + censored. */
    @Property
    void survivalIdentitiesFromTheTable(@ForAll @Size(min = 1, max = 200) List<@From("tenures") Tenure> tenures) {
        SurvivalCurve curve = KaplanMeier.fit(tenures);
        ResultTable table = curve.toTable();
        List<Map<String, String>> csv = CsvRecords.of(table);
        assertEquals(curve.size(), table.rowCount());
        long atRisk = tenures.size();
        double product = 1;
        for (int r = 0; r < table.rowCount(); r++) {
            long n = (Long) table.value(r, "at risk");
            long d = (Long) table.value(r, "churned");
            long c = (Long) table.value(r, "censored");
            assertEquals(atRisk, n);
            atRisk = n - d - c;
            product *= 1 - (double) d / n;
            double survival = ((BigDecimal) table.value(r, "survival")).doubleValue();
            assertEquals(product, survival, 1e-12);
            ConfidenceInterval ci = (ConfidenceInterval) table.value(r, "95% CI");
            assertEquals(0.95, ci.level());
            SurvivalRow row = curve.row(r);
            Map<String, String> fields = csv.get(r);
            assertEquals(row.time(), Double.parseDouble(fields.get("time")));
            assertEquals(row.atRisk(), Long.parseLong(fields.get("at risk")));
            assertEquals(row.survival(), Double.parseDouble(fields.get("survival")));
            assertEquals(row.stdErr(), Double.parseDouble(fields.get("std.err")));
            assertEquals(row.lower(), Double.parseDouble(fields.get("95% CI lower")));
            assertEquals(row.upper(), Double.parseDouble(fields.get("95% CI upper")));
        }
        assertEquals(0, atRisk);
    }
}
