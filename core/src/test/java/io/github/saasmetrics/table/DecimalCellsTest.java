package io.github.saasmetrics.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DecimalCellsTest {

    @Test
    void theShortestDecimalOfTheDouble() {
        assertEquals(new BigDecimal("0.9130434782608695"), DecimalCells.of(21.0 / 23));
        assertEquals(new BigDecimal("0.0"), DecimalCells.of(-0.0));
        assertEquals(BigDecimal.ZERO, DecimalCells.of(1e-300));
        assertEquals(new BigDecimal("1.0E+99"), DecimalCells.of(1e99));
    }

    @Test
    void undefinedAndTooLargeAreNull() {
        assertNull(DecimalCells.of(Double.NaN));
        assertNull(DecimalCells.of(Double.POSITIVE_INFINITY));
        assertNull(DecimalCells.of(Double.NEGATIVE_INFINITY));
        assertNull(DecimalCells.of(1e101));
    }

    @Property
    void everyCellFitsADecimalColumnAndReadsBack(@ForAll double value) {
        BigDecimal cell = DecimalCells.of(value);
        if (cell == null) {
            return;
        }
        ResultTable table = ResultTable.builder("t").columns(Column.decimal("x", 4)).row(cell).build();
        if (Math.abs(value) >= 1e-90) {
            assertEquals(value + 0.0, cell.doubleValue());
        }
        assertEquals(0, cell.compareTo((BigDecimal) table.value(0, "x")));
    }
}
