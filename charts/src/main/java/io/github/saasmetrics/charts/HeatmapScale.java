package io.github.saasmetrics.charts;

import io.github.saasmetrics.cohort.CohortMetric;
import io.github.saasmetrics.table.Figures;
import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.style.HeatMapStyler;

/**
 * The colour scale of a heat map: the span of values its colours cover, the colours spread evenly
 * over that span (blended between neighbours, values beyond the ends in the end colours), the
 * values its legend labels, and their unit.
 *
 * <p>A percentage has a fixed scale per kind, so that two heat maps of the same percentage read
 * alike whatever their data:
 * <ul>
 *   <li>logo retention and gross revenue retention, never above 100 %: 0 to 100 %, from orange
 *       through pale green to green;</li>
 *   <li>net revenue retention, below 100 % a loss and above it a gain: diverging around 100 %,
 *       from red through a pale yellow at exactly 100 % to green, 50 to 150 % and widened by 50
 *       points on both sides until every value fits, so 100 % stays in the middle.</li>
 * </ul>
 * Plain numbers of unknown kind span the round tens around their values, as before.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param min the value of the first colour, below {@code max}
 * @param max the value of the last colour
 * @param colours at least two colours, spread evenly from {@code min} to {@code max}, not null
 * @param ticks the values the legend labels, ascending, within {@code [min, max]}, not null
 * @param unit the unit after each label, such as {@code %}, or empty, not null
 * @param midpoint the value of a diverging scale's centre colour, which the legend marks; NaN for none
 */
record HeatmapScale(double min, double max, List<Color> colours, List<Double> ticks, String unit, double midpoint) {

    /** Retention from none to all kept. */
    static final Color RETENTION_LOW = new Color(0xFFE0B2);
    static final Color RETENTION_MIDDLE = new Color(0xC8E6C9);
    static final Color RETENTION_HIGH = new Color(0x66BB6A);
    /** Net revenue retention: a loss, exactly kept, a gain. The centre must not read as a blank cell. */
    static final Color NRR_LOSS = new Color(0xE57373);
    static final Color NRR_KEPT = new Color(0xFFF59D);
    static final Color NRR_GAIN = new Color(0x66BB6A);
    /** The half-width of the narrowest net revenue retention scale, and its steps, in points. */
    static final double NRR_STEP = 50;

    /** Validates and copies the parts. */
    HeatmapScale {
        colours = List.copyOf(colours);
        ticks = List.copyOf(ticks);
        Objects.requireNonNull(unit, "unit");
        if (!(min < max) || colours.size() < 2) {
            throw new IllegalArgumentException("a scale needs min < max and two colours but had " + min + " to " + max
                    + " and " + colours.size() + " colours");
        }
    }

    /**
     * The scale of a cohort percentage.
     *
     * @param metric a percentage of {@link CohortMetric}, not null
     * @param values the percentages, {@code NaN} for cells without one, not null
     * @return the scale, not null
     * @throws IllegalArgumentException if the metric is not a percentage
     */
    static HeatmapScale of(CohortMetric metric, double[][] values) {
        return switch (metric) {
            case LOGO_RETENTION, GROSS_REVENUE_RETENTION -> retention();
            case NET_REVENUE_RETENTION -> netRevenueRetention(values);
            default -> throw new IllegalArgumentException("metric must be a percentage but was " + metric);
        };
    }

    /** 0 to 100 %, labelled every 25 points. */
    static HeatmapScale retention() {
        return new HeatmapScale(0, 100, List.of(RETENTION_LOW, RETENTION_MIDDLE, RETENTION_HIGH),
                List.of(0.0, 25.0, 50.0, 75.0, 100.0), "%", Double.NaN);
    }

    /**
     * Symmetric around 100 %: 50 to 150 %, widened by {@link #NRR_STEP} points on both sides until
     * every value lies within; labelled at both ends, halfway to the centre and at the centre.
     */
    static HeatmapScale netRevenueRetention(double[][] values) {
        double half = NRR_STEP;
        for (double[] row : values) {
            for (double v : row) {
                while (!Double.isNaN(v) && Math.abs(v - 100) > half) {
                    half += NRR_STEP;
                }
            }
        }
        return new HeatmapScale(100 - half, 100 + half, List.of(NRR_LOSS, NRR_KEPT, NRR_GAIN),
                List.of(100 - half, 100 - half / 2, 100.0, 100 + half / 2, 100 + half), "%", 100);
    }

    /**
     * Numbers of unknown kind: from the round ten below the lowest value to the round ten above
     * the highest (at least ten wide), labelled at both ends and in the middle, without a unit.
     */
    static HeatmapScale spanning(double[][] values) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (low > high) {
            low = 0;
            high = 100;
        }
        double min = Math.floor(low / 10) * 10;
        double max = Math.max(Math.ceil(high / 10) * 10, min + 10);
        return new HeatmapScale(min, max, List.of(RETENTION_LOW, RETENTION_MIDDLE, RETENTION_HIGH),
                List.of(min, (min + max) / 2, max), "", Double.NaN);
    }

    /**
     * A tick's label: the value as the cells show it, whole numbers without decimals, and the unit.
     *
     * @param value the value
     * @return the label, such as {@code 75%}, not null
     */
    String label(double value) {
        return Figures.number(Math.round(value * 10) / 10.0) + unit;
    }

    /** Whether a value is the centre of a diverging scale. */
    boolean isMidpoint(double value) {
        return value == midpoint;
    }

    /** Sets the styler's range and colours, from which XChart colours the cells. */
    void applyTo(HeatMapStyler styler) {
        styler.setMin(min);
        styler.setMax(max);
        styler.setRangeColors(colours.toArray(new Color[0]));
    }
}
