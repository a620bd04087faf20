package io.github.saasmetrics.retention;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A period's churn by reason: churned logos and churned MRR per reason, the share of each, the split
 * into voluntary and involuntary churn, the churn events without a recorded reason, and the recorded
 * reasons that match no churn event. Built by {@link ChurnReasons}.
 *
 * <p><b>Nothing is dropped.</b> Every churn event of the period is counted once: under its reason, or
 * among the {@code unrecorded} ones. So {@code Σ reasons + unrecorded} equals the period's MRR
 * bridge: {@link #churned()} is its {@code churnedCustomers} and {@link #mrr()} its {@code churn}.
 * A recorded reason that matches no churn event (a wrong month, a customer who joined and left
 * inside one month, a cancellation that has not taken effect) is listed in {@link #unmatched()}.
 *
 * <p><b>Shares.</b> {@link #share(ChurnReason)} and {@link #mrrShare(ChurnReason)} are of
 * <em>all</em> churn events, recorded or not, so the reasons and {@link #unrecordedShare()} add up
 * to 100 %. The voluntary/involuntary split ({@link #typeShare(ChurnType)}) is of the churn events
 * with a reason: an unrecorded churn is neither.
 *
 * <p><b>Merging.</b> Breakdowns of disjoint customer groups over the same period add up with
 * {@link #plus(ChurnReasonBreakdown)}.
 *
 * <p>Reasons are listed in {@link ChurnReason#defaults()} order, then your own categories by name.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the period, not null
 * @param currency the ledger's currency, not null
 * @param reasons one count per reason with at least one churn event, not null, no reason twice
 * @param unrecordedChurned churn events without a recorded reason, zero or more
 * @param unrecordedMrr the MRR of those, zero or more
 * @param unmatched recorded reasons of the period that match no churn event, not null
 */
public record ChurnReasonBreakdown(ReportingPeriod period, Currency currency, List<ChurnReasonCount> reasons,
        long unrecordedChurned, Money unrecordedMrr, List<ChurnReasonRecord> unmatched) implements Tabular {

    /** Defaults in their order, then other reasons by category and type. */
    static final Comparator<ChurnReason> ORDER = Comparator
            .comparingInt((ChurnReason r) -> r.standard() ? ChurnReason.defaults().indexOf(r) : Integer.MAX_VALUE)
            .thenComparing(ChurnReason::category).thenComparing(ChurnReason::type);

    static final Comparator<ChurnReasonRecord> RECORD_ORDER = Comparator.comparing(ChurnReasonRecord::month)
            .thenComparing(ChurnReasonRecord::customer);

    /**
     * Validates, sorts and copies the parts.
     *
     * @throws IllegalArgumentException if a reason appears twice, a count is negative, or an unmatched record is
     *     outside the period
     * @throws CurrencyMismatchException if an amount is in another currency
     */
    public ChurnReasonBreakdown {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(unrecordedMrr, "unrecordedMrr");
        List<ChurnReasonCount> sorted = new ArrayList<>(Objects.requireNonNull(reasons, "reasons"));
        sorted.forEach(r -> Objects.requireNonNull(r, "reason count"));
        sorted.sort(Comparator.comparing(ChurnReasonCount::reason, ORDER));
        Set<ChurnReason> seen = new HashSet<>();
        for (ChurnReasonCount r : sorted) {
            if (!seen.add(r.reason())) {
                throw new IllegalArgumentException("reason '" + Limits.quote(r.reason()) + "' appears twice in the breakdown of "
                        + period);
            }
            sameCurrency(currency, r.mrr(), "reason '" + Limits.quote(r.reason()) + "'");
        }
        sameCurrency(currency, unrecordedMrr, "unrecordedMrr");
        if (unrecordedChurned < 0 || unrecordedMrr.negative()) {
            throw new IllegalArgumentException("unrecorded churn must not be negative but was " + unrecordedChurned
                    + " customers, " + unrecordedMrr);
        }
        List<ChurnReasonRecord> records = new ArrayList<>(Objects.requireNonNull(unmatched, "unmatched"));
        for (ChurnReasonRecord r : records) {
            Objects.requireNonNull(r, "unmatched record");
            if (!period.touches(r.month())) {
                throw new IllegalArgumentException("unmatched record '" + Limits.quote(r) + "' is outside the period " + period);
            }
        }
        records.sort(RECORD_ORDER);
        reasons = List.copyOf(sorted);
        unmatched = List.copyOf(records);
    }

    private static void sameCurrency(Currency currency, Money amount, String what) {
        if (!amount.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, amount.currency(), what);
        }
    }

    /**
     * All churn events of the period, with or without a reason.
     *
     * @return the count, zero or more
     */
    public long churned() {
        return Math.addExact(recordedChurned(), unrecordedChurned);
    }

    /**
     * The churn events with a recorded reason.
     *
     * @return the count, zero or more
     */
    public long recordedChurned() {
        long n = 0;
        for (ChurnReasonCount r : reasons) {
            n = Math.addExact(n, r.churned());
        }
        return n;
    }

    /**
     * All churned MRR of the period, with or without a reason.
     *
     * @return the amount, zero or more
     */
    public Money mrr() {
        Money sum = unrecordedMrr;
        for (ChurnReasonCount r : reasons) {
            sum = sum.plus(r.mrr());
        }
        return sum;
    }

    /**
     * The count of one reason.
     *
     * @param reason the reason, not null
     * @return churn events with this reason, zero if none
     */
    public long churned(ChurnReason reason) {
        return count(reason).map(ChurnReasonCount::churned).orElse(0L);
    }

    /**
     * The churned MRR of one reason.
     *
     * @param reason the reason, not null
     * @return the amount, zero if none
     */
    public Money mrr(ChurnReason reason) {
        return count(reason).map(ChurnReasonCount::mrr).orElse(Money.zero(currency));
    }

    private java.util.Optional<ChurnReasonCount> count(ChurnReason reason) {
        Objects.requireNonNull(reason, "reason");
        return reasons.stream().filter(r -> r.reason().equals(reason)).findFirst();
    }

    /**
     * A reason's share of all churn events.
     *
     * @param reason the reason, not null
     * @return the share, undefined when nobody churned, not null
     */
    public Ratio share(ChurnReason reason) {
        return ratio(churned(reason), churned());
    }

    /**
     * A reason's share of all churned MRR, in minor units.
     *
     * @param reason the reason, not null
     * @return the share, undefined when no MRR churned, not null
     */
    public Ratio mrrShare(ChurnReason reason) {
        return ratio(mrr(reason).minorUnits(), mrr().minorUnits());
    }

    /**
     * The share of churn events without a recorded reason.
     *
     * @return the share, undefined when nobody churned, not null
     */
    public Ratio unrecordedShare() {
        return ratio(unrecordedChurned, churned());
    }

    /**
     * The churn events of one type (voluntary or involuntary) with a recorded reason.
     *
     * @param type the type, not null
     * @return the count, zero or more
     */
    public long churned(ChurnType type) {
        Objects.requireNonNull(type, "type");
        return reasons.stream().filter(r -> r.reason().type() == type).mapToLong(ChurnReasonCount::churned).sum();
    }

    /**
     * The churned MRR of one type with a recorded reason.
     *
     * @param type the type, not null
     * @return the amount, zero or more
     */
    public Money mrr(ChurnType type) {
        Objects.requireNonNull(type, "type");
        Money sum = Money.zero(currency);
        for (ChurnReasonCount r : reasons) {
            if (r.reason().type() == type) {
                sum = sum.plus(r.mrr());
            }
        }
        return sum;
    }

    /**
     * The share of a type among the churn events with a recorded reason.
     *
     * @param type the type, not null
     * @return the share, undefined when no churn has a reason, not null
     */
    public Ratio typeShare(ChurnType type) {
        return ratio(churned(type), recordedChurned());
    }

    private static Ratio ratio(long numerator, long denominator) {
        return denominator == 0 ? Ratio.UNDEFINED : Ratio.of(numerator, denominator);
    }

    /**
     * Adds the breakdown of a disjoint group of customers over the same period.
     *
     * @param other the other breakdown, not null, same period and currency
     * @return the sum, not null
     * @throws IllegalArgumentException if the periods differ
     * @throws CurrencyMismatchException if the currencies differ
     */
    public ChurnReasonBreakdown plus(ChurnReasonBreakdown other) {
        Objects.requireNonNull(other, "other");
        if (!period.equals(other.period)) {
            throw new IllegalArgumentException("cannot add churn reasons of " + period + " and " + other.period);
        }
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency, "churn reasons");
        }
        Map<ChurnReason, ChurnReasonCount> merged = new LinkedHashMap<>();
        for (ChurnReasonCount r : reasons) {
            merged.put(r.reason(), r);
        }
        for (ChurnReasonCount r : other.reasons) {
            merged.merge(r.reason(), r, ChurnReasonCount::plus);
        }
        List<ChurnReasonRecord> records = new ArrayList<>(unmatched);
        records.addAll(other.unmatched);
        return new ChurnReasonBreakdown(period, currency, new ArrayList<>(merged.values()),
                Math.addExact(unrecordedChurned, other.unrecordedChurned), unrecordedMrr.plus(other.unrecordedMrr),
                records);
    }

    private TextTable table() {
        TextTable.Builder t = TextTable.builder("reason " + period + " (" + currency.getCurrencyCode() + ")", "<type", "churned",
                "share", "MRR", "MRR share");
        for (ChurnReasonCount r : reasons) {
            t.row(r.reason().category(), r.reason().type().name().toLowerCase(Locale.ROOT), r.churned(),
                    percent(share(r.reason())), plain(r.mrr()), percent(mrrShare(r.reason())));
        }
        Money none = unrecordedMrr;
        t.row("(no reason recorded)", "", unrecordedChurned, percent(unrecordedShare()), plain(none),
                percent(ratio(none.minorUnits(), mrr().minorUnits())));
        t.row("total", "", churned(), churned() == 0 ? "" : "100.0%", plain(mrr()), mrr().zero() ? "" : "100.0%");
        return t.build();
    }

    private static String percent(Ratio r) {
        return r.defined() ? Figures.fixedPercent(r.value()) : "—";
    }

    private static String plain(Money m) {
        return Figures.amount(m);
    }

    private String typeLine() {
        long recorded = recordedChurned();
        return "voluntary " + churned(ChurnType.VOLUNTARY) + " (" + percent(typeShare(ChurnType.VOLUNTARY))
                + " of the " + recorded + " with a reason, MRR " + plain(mrr(ChurnType.VOLUNTARY)) + "), involuntary "
                + churned(ChurnType.INVOLUNTARY) + " (" + percent(typeShare(ChurnType.INVOLUNTARY)) + ", MRR "
                + plain(mrr(ChurnType.INVOLUNTARY)) + ")";
    }

    private String unmatchedLine() {
        if (unmatched.isEmpty()) {
            return "every recorded reason matches a churn event";
        }
        StringBuilder sb = new StringBuilder("recorded reasons matching no churn event: " + unmatched.size());
        int shown = Math.min(3, unmatched.size());
        sb.append(" (");
        for (int i = 0; i < shown; i++) {
            ChurnReasonRecord r = unmatched.get(i);
            sb.append(i > 0 ? "; " : "").append(r.month()).append(' ').append(r.customer()).append(' ')
                    .append(r.reason());
        }
        sb.append(unmatched.size() > shown ? "; …)" : ")");
        return sb.toString();
    }

    /**
     * The reasons as a typed table: {@code reason} and {@code type} (text: the category, and
     * {@code voluntary} or {@code involuntary}), {@code churned} ({@link Long}: churn events),
     * {@code share} ({@link Ratio} of the churn events), {@code MRR} ({@link Money} in the breakdown's
     * currency) and {@code MRR share} ({@link Ratio} of the churned MRR); one row per reason, a row
     * {@code (no reason recorded)} with an empty type, and the total row (its shares 100 %, or empty
     * when nothing churned). The footnotes are the voluntary/involuntary split and the unmatched
     * records. Titled {@code Churn by reason, 2024-Q1 (USD)}.
     *
     * <p>Example: {@code breakdown.toTable().value(0, "share")} is {@code share(reason)} of the first
     * reason, such as {@code 60.00% (3/5)}.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        ResultTable.Builder t = ResultTable.builder("Churn by reason, " + period + " (" + currency.getCurrencyCode()
                + ")").columns(Column.text("reason"), Column.text("type"), Column.count("churned"),
                Column.percent("share"), Column.money("MRR", currency), Column.percent("MRR share"));
        for (ChurnReasonCount r : reasons) {
            t.row(r.reason().category(), r.reason().type().name().toLowerCase(Locale.ROOT), r.churned(),
                    share(r.reason()), r.mrr(), mrrShare(r.reason()));
        }
        t.row("(no reason recorded)", "", unrecordedChurned, unrecordedShare(), unrecordedMrr,
                ratio(unrecordedMrr.minorUnits(), mrr().minorUnits()));
        t.total(null, null, churned(), churned() == 0 ? null : Ratio.of(churned(), churned()), mrr(),
                mrr().zero() ? null : Ratio.of(mrr().minorUnits(), mrr().minorUnits()));
        return t.footnote(typeLine()).footnote(unmatchedLine()).build();
    }

    /**
     * The table of reasons, the unrecorded and total rows, the voluntary/involuntary split and the
     * unmatched records.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return table().toText() + "\n" + typeLine() + "\n" + unmatchedLine();
    }

    /**
     * The same in Markdown: the table, then the split and the unmatched records as paragraphs.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        return table().toMarkdown() + "\n\n" + typeLine() + "\n\n" + unmatchedLine();
    }
}
