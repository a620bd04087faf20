package io.github.saasmetrics.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.stats.ConfidenceInterval;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The formats {@link Figures} gained for the columns of a {@link ResultTable}. */
class TableFiguresTest {

    @Test
    void exactDecimalsRoundHalfEvenWithoutANegativeZero() {
        assertEquals("0.9130", Figures.fixed(new BigDecimal("0.913043"), 4));
        assertEquals("0.0", Figures.fixed(new BigDecimal("-0.04"), 1));
        assertEquals("10.2", Figures.fixed(new BigDecimal("10.25"), 1));
        assertEquals("10.4", Figures.fixed(new BigDecimal("10.35"), 1));
        assertEquals("1000.00", Figures.fixed(new BigDecimal("1E+3"), 2));
        assertEquals("-3", Figures.fixed(new BigDecimal("-2.5000001"), 0));
    }

    @Test
    void percentagesWithAnyNumberOfDecimals() {
        assertEquals("19.52%", Figures.fixedPercent(0.19523, 2));
        assertEquals("20%", Figures.fixedPercent(0.2, 0));
        assertEquals("20.0%", Figures.fixedPercent(0.2), "one decimal, as before");
        assertEquals("1.2%", Figures.fixedPercent(0.0125), "rounded from the double product, as before");
        assertEquals("-" + new BigDecimal(Double.MAX_VALUE).movePointRight(2).toPlainString() + ".0%",
                Figures.fixedPercent(-Double.MAX_VALUE, 1), "a product past the largest double is exact");
    }

    @Test
    void intervalsOfFractionsPrintAsPercentages() {
        assertEquals("[19.5%, 25.4%]", Figures.percentInterval(new ConfidenceInterval(0.1952, 0.2539, 0.95), 1));
        assertEquals("[-0.50%, 0.00%]",
                Figures.percentInterval(new ConfidenceInterval(-0.005, -0.00001, 0.9), 2));
    }
}
