package io.github.saasmetrics.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The labels of a survival chart's time axis, and a record of which ticks XChart labelled.
 *
 * <p>Time is in whole months: a tick between two months (XChart steps by 0.5 on a short axis) is
 * left unlabelled, unless the axis spans less than two units, where it would leave too few labels.
 *
 * <p>XChart picks the ticks itself and tells nobody; it formats each tick's value with this
 * function, in ascending order, each time it lays the axis out (it may try several steps before one
 * fits). The last ascending run of values is therefore the ticks of the last layout, and those
 * within the axis's range are the ones drawn: {@link #labelled()} gives them, for the
 * {@link RiskTable} to put its numbers under.
 *
 * <p>Not thread-safe, as the chart it belongs to.
 */
final class TimeTicks implements Function<Double, String> {

    /** What XChart draws for a tick without a label: it cannot lay out an empty one. */
    static final String BLANK = " ";

    private final double min;
    private final double max;
    private final List<Double> run = new ArrayList<>();
    private final DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

    /**
     * @param min the axis's lowest value
     * @param max the axis's highest value, at least {@code min}
     */
    TimeTicks(double min, double max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public String apply(Double value) {
        if (!run.isEmpty() && value <= run.get(run.size() - 1)) {
            run.clear();
        }
        run.add(value);
        return labels(value) ? format.format(value + 0.0) : BLANK;
    }

    /** Whether a tick gets a label: whole numbers, or every tick on an axis shorter than two units. */
    boolean labels(double value) {
        return max - min < 2 || Math.abs(value - Math.rint(value)) < 1e-9;
    }

    /**
     * The labelled ticks of the axis as last laid out, ascending; empty before the chart is drawn.
     *
     * @return the tick values, not null
     */
    List<Double> labelled() {
        List<Double> ticks = new ArrayList<>();
        double slack = (max - min) * 1e-9;
        for (double v : run) {
            if (v >= min - slack && v <= max + slack && labels(v)) {
                ticks.add(v);
            }
        }
        return ticks;
    }
}
