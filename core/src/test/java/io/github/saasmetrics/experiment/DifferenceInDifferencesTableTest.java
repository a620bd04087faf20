package io.github.saasmetrics.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.saasmetrics.table.CsvRecords;
import io.github.saasmetrics.table.ResultTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DifferenceInDifferencesTableTest {

    private static double decimal(ResultTable table, int row, String column) {
        return ((BigDecimal) table.value(row, column)).doubleValue();
    }

    @Test
    void workedExample() {
        ResultTable table = DifferenceInDifferencesTest.EXAMPLE.toTable();
        assertEquals("""
                Difference in differences: target against control
                group             units  mean before  mean after  mean change  SD of change
                target                4      13.0000     17.0000       4.0000        0.8165
                control               4      14.0000     15.0000       1.0000        0.8165
                target − control      —      -1.0000      2.0000       3.0000             —
                effect +3, SE 0.5774, Welch df 6.0, 95% CI [1.587, 4.413], p 0.0020""", table.toText());
        assertEquals(3.0, decimal(table, 2, "mean change"));
        assertNull(table.value(2, "units"));
    }

    @Test
    void anEmptyGroupLeavesItsCellsUndefined() {
        ResultTable table = DifferenceInDifferences.of(DifferenceInDifferencesTest.TARGET, KpiChanges.empty()).toTable();
        assertEquals(0L, table.value(1, "units"));
        assertNull(table.value(1, "mean before"));
        assertNull(table.value(2, "mean change"));
        assertEquals("effect undefined: a group has no units", table.footnotes().get(0));
    }

    /** From the typed cells: each mean change is after − before, and the last row is target − control. */
    @Property
    void differencesFromTheTable(@ForAll @Size(min = 1, max = 20) List<@IntRange(min = -1000, max = 1000) Integer> t,
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = -1000, max = 1000) Integer> c,
            @ForAll @IntRange(min = -50, max = 50) int lift) {
        DifferenceInDifferences did = DifferenceInDifferences.of(changes(t, lift), changes(c, 0));
        ResultTable table = did.toTable();
        List<Map<String, String>> csv = CsvRecords.of(table);
        for (int r = 0; r < 3; r++) {
            assertEquals(decimal(table, r, "mean after") - decimal(table, r, "mean before"),
                    decimal(table, r, "mean change"), 1e-9);
            assertEquals(decimal(table, r, "mean change"), Double.parseDouble(csv.get(r).get("mean change")));
        }
        for (String column : List.of("mean before", "mean after", "mean change")) {
            assertEquals(decimal(table, 0, column) - decimal(table, 1, column), decimal(table, 2, column), 1e-9);
        }
        assertEquals(did.effect(), decimal(table, 2, "mean change"));
        assertEquals((long) t.size(), table.value(0, "units"));
        assertEquals(Integer.toString(c.size()), csv.get(1).get("units"));
    }

    /** Before the values, after them plus a lift and a spread. */
    private static KpiChanges changes(List<Integer> before, int lift) {
        double[] b = new double[before.size()];
        double[] a = new double[before.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = before.get(i);
            a[i] = before.get(i) + lift + (i % 3);
        }
        return KpiChanges.of(b, a);
    }
}
