package io.github.saasmetrics.jupyter;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Row;
import io.github.saasmetrics.table.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.dflib.DataFrame;
import org.dflib.Series;

/**
 * Results as DFLib {@link DataFrame}s, with a typed column per table column, so that a notebook
 * can filter, sort, join and plot them with the tool the JJava world already uses.
 *
 * <p>Example, the months whose churn exceeded new business:
 * <pre>{@code
 * DataFrame bridges = DataFrames.of(MrrMovements.monthly(ledger));
 * bridges.rows(r -> ((BigDecimal) r.get("churn (USD)")).compareTo((BigDecimal) r.get("new (USD)")) > 0).select();
 * }</pre>
 *
 * <p>The columns are those of the CSV form ({@link ResultTable#toCsv()}), with the same headings:
 * {@code group} first when a row has a group, {@code row kind} ({@code data} or {@code total}) next
 * when there is a total row, then one column per table column, holding:
 * <ul>
 *   <li>text: {@code String}; month: {@code YearMonth}; period: {@code ReportingPeriod};</li>
 *   <li>count: {@code Long}; money: the amount as a {@code BigDecimal} with the currency's
 *       decimals, the currency in the heading ({@code MRR (USD)});</li>
 *   <li>percent and multiple: the ratio's value as a {@code Double} (0.9 for 90%); rate: its
 *       {@code Double}; decimal: its {@code BigDecimal};</li>
 *   <li>interval: three {@code Double} columns, {@code <heading> lower}, {@code upper} and
 *       {@code level}.</li>
 * </ul>
 * An undefined cell (a ratio with a zero denominator, a missing value) is {@code null}. DFLib is
 * an optional dependency of this module: a notebook that calls this class adds
 * {@code org.dflib:dflib} itself ({@code %maven org.dflib:dflib:1.2.0}).
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class DataFrames {

    private DataFrames() {
    }

    /**
     * The data frame of a result's table.
     *
     * @param result the result, not null
     * @return a new data frame, not null
     */
    public static DataFrame of(Tabular result) {
        return of(Objects.requireNonNull(result, "result").toTable());
    }

    /**
     * The data frame of a table.
     *
     * @param table the table, not null
     * @return a new data frame, not null
     */
    public static DataFrame of(ResultTable table) {
        Objects.requireNonNull(table, "table");
        List<Row> rows = table.rows();
        List<String> names = new ArrayList<>();
        List<Series<?>> series = new ArrayList<>();
        if (rows.stream().anyMatch(r -> r.group() != null)) {
            names.add("group");
            series.add(column(rows, Row::group));
        }
        if (rows.stream().anyMatch(Row::total)) {
            names.add("row kind");
            series.add(column(rows, r -> r.total() ? "total" : "data"));
        }
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            int at = c;
            Column column = columns.get(c);
            String heading = column.heading();
            switch (column.type()) {
                case MONEY -> add(names, series, heading, column(rows, r -> r.cell(at) == null ? null
                        : ((Money) r.cell(at)).amount()));
                case PERCENT, MULTIPLE -> add(names, series, heading, column(rows, r -> ratio((Ratio) r.cell(at))));
                case INTERVAL -> {
                    add(names, series, heading + " lower", column(rows, r -> bound(r.cell(at), ConfidenceInterval::lower)));
                    add(names, series, heading + " upper", column(rows, r -> bound(r.cell(at), ConfidenceInterval::upper)));
                    add(names, series, heading + " level", column(rows, r -> bound(r.cell(at), ConfidenceInterval::level)));
                }
                default -> add(names, series, heading, column(rows, r -> r.cell(at)));
            }
        }
        return DataFrame.byColumn(names.toArray(new String[0])).ofIterable(series);
    }

    private static void add(List<String> names, List<Series<?>> series, String name, Series<?> column) {
        names.add(name);
        series.add(column);
    }

    private static Series<Object> column(List<Row> rows, Function<Row, Object> cell) {
        List<Object> values = new ArrayList<>(rows.size());
        for (Row row : rows) {
            values.add(cell.apply(row));
        }
        return Series.ofIterable(values);
    }

    private static Double ratio(Ratio ratio) {
        return ratio == null || !ratio.defined() ? null : ratio.value();
    }

    private static Double bound(Object cell, Function<ConfidenceInterval, Double> part) {
        return cell == null ? null : part.apply((ConfidenceInterval) cell);
    }
}
