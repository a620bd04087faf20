package io.github.saasmetrics.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.annotation.Nullable;

/**
 * A computed double as the cell of a {@link ColumnType#DECIMAL} column: the shortest decimal that
 * reads back as the same double, so that CSV and JSON hold the value itself and the text prints it
 * with the column's decimals.
 *
 * <p>Example: {@code DecimalCells.of(0.9130434782608695)} is {@code 0.9130434782608695}, printed
 * {@code 0.9130} in a column of 4 decimals; {@code DecimalCells.of(Double.NaN)} is null, an
 * undefined cell.
 */
public final class DecimalCells {

    private DecimalCells() {
    }

    /**
     * The cell of a double.
     *
     * @param value the value, any double
     * @return the decimal, rounded half-even to {@value ResultTable#MAX_DECIMAL_DIGITS} decimals when it
     *     has more (so {@code 1e-300} is 0); null when the value is NaN or infinite, or has more than
     *     {@value ResultTable#MAX_DECIMAL_DIGITS} digits before the point, which no cell holds
     */
    @Nullable
    public static BigDecimal of(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(value);
        if (d.precision() - d.scale() > ResultTable.MAX_DECIMAL_DIGITS) {
            return null;
        }
        if (d.scale() > ResultTable.MAX_DECIMAL_DIGITS) {
            d = d.setScale(ResultTable.MAX_DECIMAL_DIGITS, RoundingMode.HALF_EVEN);
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }
        return d;
    }
}
