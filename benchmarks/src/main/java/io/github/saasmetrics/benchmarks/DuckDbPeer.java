package io.github.saasmetrics.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * DuckDB, in-process through JDBC, computing the monthly MRR bridge and the cohort table in SQL
 * over a table {@code (customer VARCHAR, month INTEGER, mrr BIGINT)} of paying customer-months,
 * where {@code month} is an epoch month so that consecutive months are consecutive integers.
 *
 * <p>The bridge query follows the ledger's definitions exactly: rows exist only for non-zero MRR;
 * with {@code LAG}/{@code LEAD} over each customer's rows in month order, a row whose previous row
 * is the month before continues a run (expansion or contraction by the difference), a row with no
 * earlier row is new business, a row after a gap is a reactivation, and the month after a row with
 * no row in the next month is churn. Each row also contributes its MRR to the end of its month and
 * to the start of the next.
 *
 * <p>Not thread-safe: one peer per thread.
 */
public final class DuckDbPeer implements AutoCloseable {

    /** The monthly bridge over {@code %s}, for bridge months {@code [?, ?]}. */
    static final String BRIDGE_SQL = """
            WITH r AS (
              SELECT month, mrr,
                     lag(month)  OVER w AS prev_month,
                     lag(mrr)    OVER w AS prev_mrr,
                     lead(month) OVER w AS next_month
              FROM %s
              WINDOW w AS (PARTITION BY customer ORDER BY month)
            ),
            after_side AS (
              SELECT month AS m,
                     sum(mrr) AS end_mrr,
                     count(*) AS end_n,
                     sum(mrr) FILTER (WHERE prev_month IS NULL) AS new_mrr,
                     count(*) FILTER (WHERE prev_month IS NULL) AS new_n,
                     sum(mrr) FILTER (WHERE prev_month < month - 1) AS react_mrr,
                     count(*) FILTER (WHERE prev_month < month - 1) AS react_n,
                     sum(mrr - prev_mrr) FILTER (WHERE prev_month = month - 1 AND mrr > prev_mrr) AS exp_mrr,
                     count(*) FILTER (WHERE prev_month = month - 1 AND mrr > prev_mrr) AS exp_n,
                     sum(prev_mrr - mrr) FILTER (WHERE prev_month = month - 1 AND mrr < prev_mrr) AS con_mrr,
                     count(*) FILTER (WHERE prev_month = month - 1 AND mrr < prev_mrr) AS con_n
              FROM r
              WHERE month BETWEEN $1 AND $2
              GROUP BY month
            ),
            before_side AS (
              SELECT month + 1 AS m,
                     sum(mrr) AS start_mrr,
                     count(*) AS start_n,
                     sum(mrr) FILTER (WHERE next_month IS NULL OR next_month > month + 1) AS churn_mrr,
                     count(*) FILTER (WHERE next_month IS NULL OR next_month > month + 1) AS churn_n
              FROM r
              WHERE month + 1 BETWEEN $1 AND $2
              GROUP BY month + 1
            )
            SELECT t.m,
                   CAST(coalesce(start_mrr, 0) AS BIGINT), CAST(coalesce(new_mrr, 0) AS BIGINT),
                   CAST(coalesce(exp_mrr, 0) AS BIGINT), CAST(coalesce(con_mrr, 0) AS BIGINT),
                   CAST(coalesce(churn_mrr, 0) AS BIGINT), CAST(coalesce(react_mrr, 0) AS BIGINT),
                   CAST(coalesce(end_mrr, 0) AS BIGINT),
                   coalesce(start_n, 0), coalesce(new_n, 0), coalesce(react_n, 0), coalesce(churn_n, 0),
                   coalesce(end_n, 0), coalesce(exp_n, 0), coalesce(con_n, 0)
            FROM (SELECT CAST(range AS INTEGER) AS m FROM range($1, $2 + 1)) t
            LEFT JOIN after_side USING (m)
            LEFT JOIN before_side USING (m)
            ORDER BY t.m
            """;

    /** The cohort table over {@code %s} with a window function: each row's cohort is its customer's first month. */
    static final String COHORT_WINDOW_SQL = """
            SELECT cohort, month - cohort AS age, count(*), CAST(sum(mrr) AS BIGINT)
            FROM (SELECT month, mrr, min(month) OVER (PARTITION BY customer) AS cohort FROM %s)
            GROUP BY cohort, age
            ORDER BY cohort, age
            """;

    /** The cohort table over {@code %s} with a grouped sub-query joined back to the rows. */
    static final String COHORT_JOIN_SQL = """
            WITH f AS (SELECT customer, min(month) AS cohort FROM %1$s GROUP BY customer)
            SELECT cohort, month - cohort AS age, count(*), CAST(sum(mrr) AS BIGINT)
            FROM %1$s JOIN f USING (customer)
            GROUP BY cohort, age
            ORDER BY cohort, age
            """;

    private final Connection connection;
    private final int threads;

    private DuckDbPeer(Connection connection, int threads) {
        this.connection = connection;
        this.threads = threads;
    }

    /**
     * Opens an in-memory database.
     *
     * @param threads the number of threads DuckDB may use, at least 1
     * @return the peer, not null
     */
    public static DuckDbPeer open(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = c.createStatement()) {
                s.execute("SET threads = " + threads);
            }
            return new DuckDbPeer(c, threads);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open DuckDB", e);
        }
    }

    /**
     * The number of threads DuckDB was given.
     *
     * @return at least 1
     */
    public int threads() {
        return threads;
    }

    /**
     * DuckDB's version.
     *
     * @return the version text, not null
     */
    public String version() {
        return queryText("SELECT version()");
    }

    /**
     * Loads a Parquet file into a table, replacing it.
     *
     * @param table the table name, a plain identifier
     * @param parquet the file, not null
     */
    public void loadParquet(String table, Path parquet) {
        execute("CREATE OR REPLACE TABLE " + table + " AS SELECT * FROM read_parquet(" + literal(parquet) + ")");
    }

    /**
     * Loads a CSV file written by {@link CustomerMonthRows#writeCsv(Path)} into a table, replacing it.
     *
     * @param table the table name, a plain identifier
     * @param csv the file, not null
     */
    public void loadCsv(String table, Path csv) {
        loadCsv(table, csv, false);
    }

    /**
     * Loads a CSV file into a table, replacing it; the customer column holds numbers if {@code integerKeys}.
     *
     * @param table the table name, a plain identifier
     * @param csv the file, not null
     * @param integerKeys whether the customer column holds customer numbers
     */
    public void loadCsv(String table, Path csv, boolean integerKeys) {
        execute("CREATE OR REPLACE TABLE " + table + " AS SELECT * FROM " + csvSource(csv, integerKeys));
    }

    /**
     * A table expression reading a CSV file written by {@link CustomerMonthRows#writeCsv(Path)}.
     *
     * @param csv the file, not null
     * @return the expression, not null
     */
    public static String csvSource(Path csv) {
        return csvSource(csv, false);
    }

    /**
     * A table expression reading a CSV file whose customer column holds identifiers, or customer
     * numbers ({@code BIGINT}) if {@code integerKeys}.
     *
     * @param csv the file, not null
     * @param integerKeys whether the customer column holds customer numbers
     * @return the expression, not null
     */
    public static String csvSource(Path csv, boolean integerKeys) {
        return "read_csv(" + literal(csv) + ", header = true, columns = {'customer': '"
                + (integerKeys ? "BIGINT" : "VARCHAR") + "', 'month': 'INTEGER', 'mrr': 'BIGINT'})";
    }

    /**
     * A table expression reading a Parquet file.
     *
     * @param parquet the file, not null
     * @return the expression, not null
     */
    public static String parquetSource(Path parquet) {
        return "read_parquet(" + literal(parquet) + ")";
    }

    /**
     * Writes a query's result to a Parquet file.
     *
     * @param source a table or table expression
     * @param parquet the file to write, not null
     */
    public void copyToParquet(String source, Path parquet) {
        execute("COPY (SELECT * FROM " + source + ") TO " + literal(parquet) + " (FORMAT parquet)");
    }

    /**
     * Drops a table if it exists.
     *
     * @param table the table name
     */
    public void drop(String table) {
        execute("DROP TABLE IF EXISTS " + table);
    }

    /**
     * The number of rows of a table or table expression.
     *
     * @param source the source
     * @return the count
     */
    public long count(String source) {
        return Long.parseLong(queryText("SELECT count(*) FROM " + source));
    }

    /**
     * The monthly bridge.
     *
     * @param source the rows: a table or table expression
     * @param firstMonth the first bridge month, as an epoch month
     * @param lastMonth the last bridge month, as an epoch month
     * @return one row per month from {@code firstMonth} to {@code lastMonth}, not null
     */
    public List<BridgeRow> bridge(String source, int firstMonth, int lastMonth) {
        try (PreparedStatement ps = connection.prepareStatement(BRIDGE_SQL.formatted(source))) {
            ps.setInt(1, firstMonth);
            ps.setInt(2, lastMonth);
            List<BridgeRow> out = new ArrayList<>(lastMonth - firstMonth + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new BridgeRow(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), 0, rs.getLong(8), rs.getLong(9), rs.getLong(10),
                            rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15), 0));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("bridge query failed", e);
        }
    }

    /**
     * The cohort table, with a window function per customer.
     *
     * @param source the rows: a table or table expression
     * @return the non-empty cells in (cohort, age) order, not null
     */
    public List<CohortCell> cohortsByWindow(String source) {
        return cohorts(COHORT_WINDOW_SQL.formatted(source));
    }

    /**
     * The cohort table, with a grouped sub-query joined back to the rows.
     *
     * @param source the rows: a table name (read twice)
     * @return the non-empty cells in (cohort, age) order, not null
     */
    public List<CohortCell> cohortsByJoin(String source) {
        return cohorts(COHORT_JOIN_SQL.formatted(source));
    }

    private List<CohortCell> cohorts(String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<CohortCell> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new CohortCell(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cohort query failed", e);
        }
    }

    void execute(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed on: " + sql, e);
        }
    }

    private String queryText(String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed on: " + sql, e);
        }
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close DuckDB", e);
        }
    }
}
