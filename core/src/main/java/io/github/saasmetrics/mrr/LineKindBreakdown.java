package io.github.saasmetrics.mrr;

import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.LineKind;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * MRR and its movements by line kind over a period, built by {@link LineKindSplit} (see there for
 * the attribution rule).
 *
 * <p>{@link #mrr()} holds every kind's MRR at the end of every month of the period;
 * {@link #movements()} every customer's movement parts by kind, the trace behind every sum. For
 * each month and movement type the kinds' parts add up exactly to the MRR bridge's amount:
 * {@link #total(YearMonth, MovementType)} is the bridge's new business, expansion, contraction,
 * churn or reactivation.
 *
 * <p>Breakdowns of disjoint customer groups over the same period merge with
 * {@link #plus(LineKindBreakdown)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the period, whole months, not null
 * @param currency the reporting currency, not null
 * @param kinds the line kinds, in {@link LineKind#ORDER}, not null, no duplicates
 * @param mrr one row per month of the period and kind, not null
 * @param movements the movement parts by kind, not null; kept ordered by month, type, customer and kind
 */
public record LineKindBreakdown(ReportingPeriod period, Currency currency, List<LineKind> kinds,
        List<LineKindMrr> mrr, List<LineKindMovement> movements) implements Tabular {

    private static final Comparator<LineKindMovement> ORDER = Comparator.comparing(LineKindMovement::month)
            .thenComparing(LineKindMovement::type).thenComparing(LineKindMovement::customer)
            .thenComparing(LineKindMovement::kind, LineKind.ORDER);

    /**
     * Validates, sorts and copies the parts.
     *
     * @throws IllegalArgumentException if a kind is repeated or unknown, a month is outside the period, or the MRR
     *     rows do not cover every month and kind exactly once
     * @throws CurrencyMismatchException if an amount is in another currency
     */
    public LineKindBreakdown {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        if (!period.wholeMonths()) {
            throw new IllegalArgumentException("period must be whole months but was " + period);
        }
        TreeSet<LineKind> kindSet = new TreeSet<>(LineKind.ORDER);
        for (LineKind k : Objects.requireNonNull(kinds, "kinds")) {
            if (!kindSet.add(Objects.requireNonNull(k, "kind"))) {
                throw new IllegalArgumentException("line kind " + k + " appears twice");
            }
        }
        long months = period.monthCount();
        Set<String> cells = new HashSet<>();
        List<LineKindMrr> levels = new ArrayList<>(Objects.requireNonNull(mrr, "mrr"));
        for (LineKindMrr row : levels) {
            check(row.month(), row.kind(), row.mrr(), kindSet, currency, period);
            if (!cells.add(row.month() + " " + row.kind())) {
                throw new IllegalArgumentException("MRR of " + row.kind() + " in " + row.month() + " appears twice");
            }
        }
        if (cells.size() != months * kindSet.size()) {
            throw new IllegalArgumentException("MRR rows must cover each of the " + months + " months and "
                    + kindSet.size() + " kinds once but there were " + cells.size());
        }
        levels.sort(Comparator.comparing(LineKindMrr::month).thenComparing(LineKindMrr::kind, LineKind.ORDER));
        List<LineKindMovement> parts = new ArrayList<>(Objects.requireNonNull(movements, "movements"));
        for (LineKindMovement m : parts) {
            check(m.month(), m.kind(), m.amount(), kindSet, currency, period);
        }
        parts.sort(ORDER);
        kinds = List.copyOf(kindSet);
        mrr = List.copyOf(levels);
        movements = List.copyOf(parts);
    }

    private static void check(YearMonth month, LineKind kind, Money amount, Set<LineKind> kinds,
            Currency currency, ReportingPeriod period) {
        if (!period.touches(month)) {
            throw new IllegalArgumentException("month " + month + " is outside the period " + period);
        }
        if (!kinds.contains(kind)) {
            throw new IllegalArgumentException("line kind " + kind + " is not among the kinds " + kinds);
        }
        if (!amount.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, amount.currency(), "line kind " + kind + " in " + month);
        }
    }

    /**
     * The MRR of a kind at the end of a month.
     *
     * @param month a month of the period, not null
     * @param kind a line kind, not null
     * @return the MRR, zero for a kind not in the breakdown
     * @throws IllegalArgumentException if the month is outside the period
     */
    public Money mrr(YearMonth month, LineKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (!period.touches(Objects.requireNonNull(month, "month"))) {
            throw new IllegalArgumentException("month " + month + " is outside the period " + period);
        }
        return mrr.stream().filter(r -> r.month().equals(month) && r.kind().equals(kind)).map(LineKindMrr::mrr)
                .findFirst().orElse(Money.zero(currency));
    }

    /**
     * A kind's part of a movement type over the whole period.
     *
     * @param type the movement type, not null
     * @param kind the line kind, not null
     * @return the amount, zero or more
     */
    public Money amount(MovementType type, LineKind kind) {
        return sum(m -> m.type() == type && m.kind().equals(kind));
    }

    /**
     * A kind's part of a movement type in one month.
     *
     * @param month the month, not null
     * @param type the movement type, not null
     * @param kind the line kind, not null
     * @return the amount, zero or more
     */
    public Money amount(YearMonth month, MovementType type, LineKind kind) {
        return sum(m -> m.month().equals(month) && m.type() == type && m.kind().equals(kind));
    }

    /**
     * A movement type over all kinds in one month: the bridge's amount.
     *
     * @param month the month, not null
     * @param type the movement type, not null
     * @return the amount, zero or more
     */
    public Money total(YearMonth month, MovementType type) {
        return sum(m -> m.month().equals(month) && m.type() == type);
    }

    /**
     * The number of customer-months in which a kind took part in a movement type, such as the
     * customer-months of expansion with an add-on part.
     *
     * @param type the movement type, not null
     * @param kind the line kind, not null
     * @return the count, zero or more
     */
    public long customerMonths(MovementType type, LineKind kind) {
        return movements.stream().filter(m -> m.type() == type && m.kind().equals(kind)).count();
    }

    private Money sum(java.util.function.Predicate<LineKindMovement> which) {
        long total = 0;
        for (LineKindMovement m : movements) {
            if (which.test(m)) {
                total = Math.addExact(total, m.amount().minorUnits());
            }
        }
        return Money.ofMinor(currency, total);
    }

    /**
     * Merges the breakdown of a disjoint group of customers over the same period: MRR adds per
     * month and kind, movement parts are pooled.
     *
     * @param other the other group's breakdown, not null, same period and currency
     * @return the merged breakdown, not null
     * @throws IllegalArgumentException if the periods differ
     * @throws CurrencyMismatchException if the currencies differ
     */
    public LineKindBreakdown plus(LineKindBreakdown other) {
        Objects.requireNonNull(other, "other");
        if (!period.equals(other.period)) {
            throw new IllegalArgumentException("cannot merge line-kind breakdowns of " + period + " and "
                    + other.period);
        }
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency, "line-kind breakdowns");
        }
        TreeSet<LineKind> all = new TreeSet<>(LineKind.ORDER);
        all.addAll(kinds);
        all.addAll(other.kinds);
        Map<String, Money> sums = new HashMap<>();
        for (LineKindMrr r : mrr) {
            sums.merge(r.month() + " " + r.kind(), r.mrr(), Money::plus);
        }
        for (LineKindMrr r : other.mrr) {
            sums.merge(r.month() + " " + r.kind(), r.mrr(), Money::plus);
        }
        List<LineKindMrr> levels = new ArrayList<>();
        for (YearMonth month : period.months()) {
            for (LineKind k : all) {
                levels.add(new LineKindMrr(month, k, sums.getOrDefault(month + " " + k, Money.zero(currency))));
            }
        }
        List<LineKindMovement> parts = new ArrayList<>(movements);
        parts.addAll(other.movements);
        return new LineKindBreakdown(period, currency, List.copyOf(all), levels, parts);
    }

    private static final MovementType[] TYPES = {MovementType.NEW_BUSINESS, MovementType.EXPANSION,
        MovementType.CONTRACTION, MovementType.CHURN, MovementType.REACTIVATION};

    private TextTable periodTable() {
        YearMonth last = period.lastMonth();
        TextTable.Builder t = TextTable.builder("line kind " + period + " (" + currency.getCurrencyCode() + ")", "MRR " + last,
                "new", "expansion", "contraction", "churn", "reactivation", "expanding", "contracting");
        for (LineKind k : kinds) {
            t.row(k, plain(mrr(last, k)), plain(amount(MovementType.NEW_BUSINESS, k)),
                    plain(amount(MovementType.EXPANSION, k)), plain(amount(MovementType.CONTRACTION, k)),
                    plain(amount(MovementType.CHURN, k)), plain(amount(MovementType.REACTIVATION, k)),
                    customerMonths(MovementType.EXPANSION, k), customerMonths(MovementType.CONTRACTION, k));
        }
        Money end = Money.zero(currency);
        for (LineKind k : kinds) {
            end = end.plus(mrr(last, k));
        }
        Money[] totals = new Money[TYPES.length];
        for (int i = 0; i < TYPES.length; i++) {
            MovementType type = TYPES[i];
            totals[i] = sum(m -> m.type() == type);
        }
        t.row("total", plain(end), plain(totals[0]), plain(totals[1]), plain(totals[2]), plain(totals[3]),
                plain(totals[4]), "", "");
        return t.build();
    }

    private static String plain(Money m) {
        return Figures.amount(m);
    }

    /**
     * The period by kind as a typed table, one row per kind and the total row (the bridge's amounts):
     * {@code line kind} (text), {@code MRR <last month>} ({@link Money} at the end of the period's last
     * month), {@code new}, {@code expansion}, {@code contraction}, {@code churn}, {@code reactivation}
     * ({@link Money} over the period, losses positive) in the breakdown's currency, and
     * {@code expanding}, {@code contracting} ({@link Long}: customer-months with an expansion or a
     * contraction part of that kind; no total, as one customer-month can have parts of several kinds).
     * Titled {@code MRR by line kind, 2024-Q1 (USD)}.
     *
     * <p>Example: {@code breakdown.toTable().value(1, "expansion")} is {@code USD 40.00} when the
     * second kind's lines expanded by $40 over the period.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        YearMonth last = period.lastMonth();
        ResultTable.Builder t = ResultTable.builder("MRR by line kind, " + period + " (" + currency.getCurrencyCode()
                + ")").columns(Column.text("line kind"), Column.money("MRR " + last, currency),
                Column.money("new", currency), Column.money("expansion", currency), Column.money("contraction", currency),
                Column.money("churn", currency), Column.money("reactivation", currency), Column.count("expanding"),
                Column.count("contracting"));
        Money end = Money.zero(currency);
        for (LineKind k : kinds) {
            end = end.plus(mrr(last, k));
            t.row(k.name(), mrr(last, k), amount(MovementType.NEW_BUSINESS, k), amount(MovementType.EXPANSION, k),
                    amount(MovementType.CONTRACTION, k), amount(MovementType.CHURN, k),
                    amount(MovementType.REACTIVATION, k), customerMonths(MovementType.EXPANSION, k),
                    customerMonths(MovementType.CONTRACTION, k));
        }
        Object[] total = new Object[9];
        total[1] = end;
        for (int i = 0; i < TYPES.length; i++) {
            MovementType type = TYPES[i];
            total[i + 2] = sum(m -> m.type() == type);
        }
        return t.total(total).footnote("expanding, contracting: customer-months with a part of that kind").build();
    }

    /**
     * The period by kind: MRR at the end of its last month, each movement type's amount, and the
     * customer-months with an expansion and a contraction part; then the totals (the bridge's).
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        return periodTable().toText() + "\n(expanding, contracting: customer-months with a part of that kind)";
    }

    /**
     * The same table in Markdown.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        return periodTable().toMarkdown();
    }

    /**
     * Month by month and kind: MRR, new business, expansion, contraction, churn and reactivation.
     *
     * @return the table, not null
     */
    public String toMonthlyText() {
        TextTable.Builder t = TextTable.builder("month", "<kind", "MRR", "new", "expansion", "contraction", "churn",
                "reactivation");
        for (YearMonth month : period.months()) {
            for (LineKind k : kinds) {
                t.row(month, k, plain(mrr(month, k)), plain(amount(month, MovementType.NEW_BUSINESS, k)),
                        plain(amount(month, MovementType.EXPANSION, k)), plain(amount(month, MovementType.CONTRACTION, k)),
                        plain(amount(month, MovementType.CHURN, k)), plain(amount(month, MovementType.REACTIVATION, k)));
            }
        }
        return t.build().toText();
    }
}
