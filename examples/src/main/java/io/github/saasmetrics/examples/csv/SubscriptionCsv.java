package io.github.saasmetrics.examples.csv;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.Discount;
import io.github.saasmetrics.subscription.StatusChange;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.subscription.SubscriptionStatus;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;

/**
 * Subscriptions as CSV, in a schema modelled on Stripe's subscription export: one row per
 * subscription, Stripe's column names and status values, amounts in major units.
 *
 * <p>Columns (order free; unknown columns are ignored; blank cells are absent values):
 * <table>
 *   <caption>The subscription CSV schema</caption>
 *   <tr><th>column</th><th>required</th><th>type</th><th>example</th></tr>
 *   <tr><td>{@code id}</td><td>yes</td><td>text, unique in the file</td><td>{@code sub_00042}</td></tr>
 *   <tr><td>{@code customer}</td><td>yes</td><td>text</td><td>{@code cus_00017}</td></tr>
 *   <tr><td>{@code plan}</td><td>yes</td><td>text (plan or price id)</td><td>{@code team-monthly}</td></tr>
 *   <tr><td>{@code currency}</td><td>yes</td><td>ISO-4217 code, any case</td><td>{@code usd}</td></tr>
 *   <tr><td>{@code amount}</td><td>yes</td><td>decimal, major units, price of one unit per interval</td><td>{@code 99.00}</td></tr>
 *   <tr><td>{@code interval}</td><td>yes</td><td>{@code day}, {@code week}, {@code month} or {@code year}</td><td>{@code month}</td></tr>
 *   <tr><td>{@code interval_count}</td><td>no, 1</td><td>whole number ≥ 1</td><td>{@code 3}</td></tr>
 *   <tr><td>{@code quantity}</td><td>no, 1</td><td>whole number ≥ 0</td><td>{@code 2}</td></tr>
 *   <tr><td>{@code status}</td><td>yes</td><td>{@code active}, {@code trialing}, {@code past_due}, {@code unpaid},
 *       {@code paused} or {@code canceled}</td><td>{@code active}</td></tr>
 *   <tr><td>{@code start_date}</td><td>yes</td><td>date</td><td>{@code 2024-03-05}</td></tr>
 *   <tr><td>{@code trial_end}</td><td>no</td><td>date: first paid day</td><td>{@code 2024-03-19}</td></tr>
 *   <tr><td>{@code canceled_at}</td><td>no</td><td>date the cancellation was requested</td><td>{@code 2024-06-10}</td></tr>
 *   <tr><td>{@code cancel_at_period_end}</td><td>no</td><td>{@code true} or {@code false}</td><td>{@code true}</td></tr>
 *   <tr><td>{@code cancel_at}</td><td>no</td><td>date a scheduled cancellation takes effect</td><td>{@code 2025-03-05}</td></tr>
 *   <tr><td>{@code ended_at}</td><td>no</td><td>date the subscription ended</td><td>{@code 2024-07-05}</td></tr>
 *   <tr><td>{@code current_period_start}</td><td>no</td><td>date: start of the current billing period</td><td>{@code 2024-12-05}</td></tr>
 *   <tr><td>{@code coupon_percent_off}</td><td>no</td><td>decimal, greater than 0, at most 100</td><td>{@code 20}</td></tr>
 *   <tr><td>{@code coupon_amount_off}</td><td>no</td><td>decimal, major units of {@code currency}</td><td>{@code 10.00}</td></tr>
 *   <tr><td>{@code coupon_duration}</td><td>with a coupon</td><td>{@code forever}, {@code repeating} or {@code once}</td><td>{@code repeating}</td></tr>
 *   <tr><td>{@code coupon_duration_in_months}</td><td>when repeating</td><td>whole number ≥ 1</td><td>{@code 3}</td></tr>
 *   <tr><td>{@code status_history}</td><td>no</td><td>{@code date=status} pairs joined by {@code ;}</td><td>{@code 2024-05-05=past_due;2024-05-12=active}</td></tr>
 * </table>
 *
 * <p>Dates may also be written {@code 2024-03-05 14:22} (Stripe's dashboard export), as an ISO-8601
 * instant or offset date-time, or as Unix seconds (Stripe's API); the UTC date is used.
 *
 * <p>Mapping: the end is {@code ended_at}, or else {@code cancel_at}; {@code canceled_at} is the
 * request date. {@code status_history} records past-due and paused stretches
 * ({@code unpaid} counts as past due). The current {@code status} is checked against the dates:
 * {@code canceled} needs {@code ended_at} and {@code ended_at} needs {@code canceled};
 * {@code trialing} needs {@code trial_end}; {@code past_due}, {@code unpaid} and {@code paused}
 * need the history to end in that status, or a {@code current_period_start} from which it is
 * assumed. Rows with Stripe's {@code incomplete} statuses never paid and are rejected: leave them
 * out of the export.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class SubscriptionCsv {

    /** The columns {@link #write} writes, in order. */
    public static final List<String> COLUMNS = List.of("id", "customer", "plan", "currency", "amount", "interval",
            "interval_count", "quantity", "status", "start_date", "trial_end", "canceled_at", "cancel_at_period_end",
            "cancel_at", "ended_at", "coupon_percent_off", "coupon_amount_off", "coupon_duration",
            "coupon_duration_in_months", "status_history");

    private static final List<String> REQUIRED = List.of("id", "customer", "plan", "currency", "amount", "interval",
            "status", "start_date");

    private static final Map<String, BillingInterval.Unit> UNITS = Map.of("day", BillingInterval.Unit.DAY,
            "week", BillingInterval.Unit.WEEK, "month", BillingInterval.Unit.MONTH, "year", BillingInterval.Unit.YEAR);

    private static final Map<String, SubscriptionStatus> HISTORY_STATUSES = Map.of("active", SubscriptionStatus.ACTIVE,
            "past_due", SubscriptionStatus.PAST_DUE, "unpaid", SubscriptionStatus.PAST_DUE,
            "paused", SubscriptionStatus.PAUSED);

    private static final Map<String, String> STATUSES = Map.of("active", "active", "trialing", "trialing",
            "past_due", "past_due", "unpaid", "unpaid", "paused", "paused", "canceled", "canceled",
            "incomplete", "incomplete", "incomplete_expired", "incomplete_expired");

    private static final Map<String, Discount.Duration> DURATIONS = Map.of("forever", Discount.Duration.FOREVER,
            "repeating", Discount.Duration.REPEATING, "once", Discount.Duration.ONCE);

    private SubscriptionCsv() {
    }

    /**
     * Reads a file.
     *
     * @param file a UTF-8 CSV file, not null
     * @return the subscriptions in file order, not null
     * @throws CsvFormatException if a column is missing or a value is bad, naming the line and column
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<Subscription> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads CSV text.
     *
     * @param in the text, not null; not closed
     * @param source the name to use in error messages, such as the file name, not null
     * @return the subscriptions in input order, not null
     * @throws CsvFormatException if a column is missing or a value is bad, naming the line and column
     */
    public static List<Subscription> read(Reader in, String source) {
        Map<String, Long> seen = new HashMap<>();
        return CsvTable.read(in, source, REQUIRED, row -> {
            Subscription s = subscription(row);
            Long earlier = seen.putIfAbsent(s.id(), row.line());
            if (earlier != null) {
                throw row.error("id", "must be unique, and line " + earlier + " has the same id");
            }
            return s;
        });
    }

    private static Subscription subscription(CsvRow row) {
        String id = row.required("id");
        Currency currency = row.currency("currency", "usd or EUR");
        Money unitPrice = money(row, "amount", currency, row.decimal("amount"));
        if (unitPrice.negative()) {
            throw row.error("amount", "must not be negative");
        }
        BillingInterval.Unit unit = row.oneOf("interval", row.required("interval"), UNITS);
        long count = row.integer("interval_count", 1, 1);
        if (count > Integer.MAX_VALUE) {
            throw row.error("interval_count", "must be at most " + Integer.MAX_VALUE);
        }
        String status = row.oneOf("status", row.required("status"), STATUSES);
        if (status.startsWith("incomplete")) {
            throw row.error("status", "is a subscription whose first payment never succeeded; leave such rows out,"
                    + " as they never had MRR");
        }
        LocalDate start = row.date("start_date");
        Optional<LocalDate> trialEnd = row.optionalDate("trial_end");
        Optional<LocalDate> canceledAt = row.optionalDate("canceled_at");
        Optional<LocalDate> endedAt = row.optionalDate("ended_at");
        Optional<LocalDate> cancelAt = row.optionalDate("cancel_at");
        row.optionalBoolean("cancel_at_period_end");
        if (endedAt.isPresent() && cancelAt.isPresent() && !endedAt.equals(cancelAt)) {
            throw row.error("cancel_at", "must be empty or equal to ended_at (" + endedAt.get() + ")");
        }
        LocalDate end = endedAt.or(() -> cancelAt).orElse(null);
        if (status.equals("canceled") && endedAt.isEmpty()) {
            throw row.error("ended_at", "is required when status is canceled");
        }
        if (endedAt.isPresent() && !status.equals("canceled")) {
            throw row.error("status", "must be canceled when ended_at is set");
        }
        if (status.equals("trialing") && trialEnd.isEmpty()) {
            throw row.error("trial_end", "is required when status is trialing");
        }
        if (trialEnd.isPresent() && trialEnd.get().isBefore(start)) {
            throw row.error("trial_end", "must not be before start_date (" + start + ")");
        }
        if (end != null && end.isBefore(start)) {
            String column = endedAt.isPresent() ? "ended_at" : "cancel_at";
            throw row.error(column, "must not be before start_date (" + start + ")");
        }
        if (canceledAt.isPresent() && end != null && canceledAt.get().isAfter(end)) {
            throw row.error("canceled_at", "must not be after the end (" + end + ")");
        }
        Subscription.Builder builder = Subscription.builder(id, row.required("customer"))
                .plan(row.required("plan"))
                .price(unitPrice)
                .quantity(row.integer("quantity", 0, 1))
                .interval(BillingInterval.every((int) count, unit))
                .start(start)
                .trialEnd(trialEnd.orElse(null))
                .cancelRequestedAt(canceledAt.orElse(null))
                .end(end);
        List<StatusChange> history = history(row, start);
        history.forEach(c -> builder.status(c.date(), c.status()));
        currentStatus(row, status, history).ifPresent(c -> builder.status(c.date(), c.status()));
        discount(row, currency).ifPresent(builder::discount);
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new CsvFormatException(row.source(), row.line(), null, null, e.getMessage());
        }
    }

    private static Money money(CsvRow row, String column, Currency currency, BigDecimal amount) {
        int decimals = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > decimals) {
            throw row.error(column, "must have at most " + decimals + " decimals for " + currency.getCurrencyCode());
        }
        try {
            return Money.of(currency, amount);
        } catch (ArithmeticException e) {
            throw row.error(column, "must be at most " + Money.ofMinor(currency, Long.MAX_VALUE).amount().toPlainString()
                    + " in magnitude (an amount of " + currency.getCurrencyCode() + " is a long of minor units)");
        }
    }

    private static List<StatusChange> history(CsvRow row, LocalDate start) {
        Optional<String> text = row.optional("status_history");
        List<StatusChange> changes = new ArrayList<>();
        if (text.isEmpty()) {
            return changes;
        }
        for (String part : text.get().split(";")) {
            String entry = part.strip();
            int eq = entry.indexOf('=');
            LocalDate date;
            try {
                date = eq < 0 ? null : LocalDate.parse(entry.substring(0, eq).strip());
            } catch (java.time.format.DateTimeParseException e) {
                date = null;
            }
            SubscriptionStatus status = eq < 0 ? null
                    : HISTORY_STATUSES.get(entry.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
            if (date == null || status == null) {
                throw row.error("status_history", "must be entries like 2024-05-05=past_due joined by ';', each status"
                        + " one of active, past_due, unpaid, paused; entry '" + Limits.quote(entry) + "' is not");
            }
            if (date.isBefore(start)) {
                throw row.error("status_history", "must not have entries before start_date (" + start + "), as "
                        + date + " is");
            }
            if (!changes.isEmpty() && !date.isAfter(changes.get(changes.size() - 1).date())) {
                throw row.error("status_history", "must list dates in increasing order, one entry per day, but "
                        + date + " follows " + changes.get(changes.size() - 1).date());
            }
            changes.add(new StatusChange(date, status));
        }
        return changes;
    }

    /** A change that the current status implies but the history lacks. */
    private static Optional<StatusChange> currentStatus(CsvRow row, String status, List<StatusChange> history) {
        SubscriptionStatus expected = HISTORY_STATUSES.get(status);
        if (expected == null || expected == SubscriptionStatus.ACTIVE) {
            return Optional.empty();
        }
        if (!history.isEmpty() && history.get(history.size() - 1).status() == expected) {
            return Optional.empty();
        }
        Optional<LocalDate> since = row.optionalDate("current_period_start");
        if (since.isEmpty()) {
            throw row.error("status", "needs a status_history ending in " + status
                    + ", or a current_period_start to say since when");
        }
        if (!history.isEmpty() && !since.get().isAfter(history.get(history.size() - 1).date())) {
            throw row.error("current_period_start", "must come after the last status_history entry");
        }
        return Optional.of(new StatusChange(since.get(), expected));
    }

    private static Optional<Discount> discount(CsvRow row, Currency currency) {
        Optional<BigDecimal> percent = row.optionalDecimal("coupon_percent_off");
        Optional<BigDecimal> amount = row.optionalDecimal("coupon_amount_off");
        Optional<String> durationText = row.optional("coupon_duration");
        Optional<String> monthsText = row.optional("coupon_duration_in_months");
        if (percent.isEmpty() && amount.isEmpty()) {
            if (durationText.isPresent()) {
                throw row.error("coupon_duration", "needs coupon_percent_off or coupon_amount_off");
            }
            if (monthsText.isPresent()) {
                throw row.error("coupon_duration_in_months", "needs coupon_percent_off or coupon_amount_off");
            }
            return Optional.empty();
        }
        if (percent.isPresent() && amount.isPresent()) {
            throw row.error("coupon_amount_off", "must be empty when coupon_percent_off is set");
        }
        if (durationText.isEmpty()) {
            throw row.error("coupon_duration", "is required with a coupon (forever, repeating or once)");
        }
        Discount.Duration duration = row.oneOf("coupon_duration", durationText.get(), DURATIONS);
        long months = row.integer("coupon_duration_in_months", 1, 0);
        if (months > Integer.MAX_VALUE) {
            throw row.error("coupon_duration_in_months", "must be at most " + Integer.MAX_VALUE);
        }
        if (duration == Discount.Duration.REPEATING && months == 0) {
            throw row.error("coupon_duration_in_months", "is required when coupon_duration is repeating");
        }
        if (duration != Discount.Duration.REPEATING && months != 0) {
            throw row.error("coupon_duration_in_months", "must be empty unless coupon_duration is repeating");
        }
        if (percent.isPresent()) {
            BigDecimal p = percent.get();
            if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw row.error("coupon_percent_off", "must be greater than 0 and at most 100");
            }
            return Optional.of(new Discount(p, null, duration, (int) months));
        }
        Money off = money(row, "coupon_amount_off", currency, amount.get());
        if (!off.positive()) {
            throw row.error("coupon_amount_off", "must be positive");
        }
        return Optional.of(new Discount(null, off, duration, (int) months));
    }

    /**
     * Writes subscriptions as they would be exported on a day: a subscription whose end is on or
     * before that day is {@code canceled} with {@code ended_at}; a later end is a scheduled
     * cancellation ({@code cancel_at}); the status is the trial or the last status change before
     * that day, else {@code active}.
     *
     * @param subscriptions the subscriptions, not null; each with at most one discount
     * @param asOf the export day, not null
     * @param out where to write, not null
     * @throws IllegalArgumentException if a subscription has more than one discount
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Collection<Subscription> subscriptions, LocalDate asOf, Appendable out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CsvTable.WRITE_FORMAT);
            printer.printRecord(COLUMNS);
            for (Subscription s : subscriptions) {
                printer.printRecord(row(s, asOf));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(Subscription s, LocalDate asOf) {
        if (s.discounts().size() > 1) {
            throw new IllegalArgumentException("subscription " + s.id() + " has " + s.discounts().size()
                    + " discounts but the CSV schema holds one");
        }
        boolean ended = s.end() != null && !s.end().isAfter(asOf);
        String status;
        if (ended) {
            status = "canceled";
        } else if (s.trialEnd() != null && s.trialEnd().isAfter(asOf)) {
            status = "trialing";
        } else {
            status = "active";
            for (StatusChange c : s.statusChanges()) {
                if (c.date().isBefore(asOf)) {
                    status = c.status().name().toLowerCase(Locale.ROOT);
                }
            }
        }
        Discount d = s.discounts().isEmpty() ? null : s.discounts().get(0);
        List<String> history = new ArrayList<>();
        for (StatusChange c : s.statusChanges()) {
            history.add(c.date() + "=" + c.status().name().toLowerCase(Locale.ROOT));
        }
        BillingInterval interval = s.interval();
        return List.of(
                s.id(),
                s.customer().value(),
                s.plan(),
                s.unitPrice().currency().getCurrencyCode().toLowerCase(Locale.ROOT),
                s.unitPrice().amount().toPlainString(),
                interval.unit().name().toLowerCase(Locale.ROOT),
                Integer.toString(interval.count()),
                Long.toString(s.quantity()),
                status,
                s.start().toString(),
                text(s.trialEnd()),
                text(s.cancelRequestedAt()),
                s.end() != null && s.cancelRequestedAt() != null ? Boolean.toString(s.end().isAfter(s.cancelRequestedAt()))
                        : "",
                s.end() != null && !ended ? s.end().toString() : "",
                ended ? s.end().toString() : "",
                d == null || d.percentOff() == null ? "" : d.percentOff().toPlainString(),
                d == null || d.amountOff() == null ? "" : d.amountOff().amount().toPlainString(),
                d == null ? "" : d.duration().name().toLowerCase(Locale.ROOT),
                d == null || d.months() == 0 ? "" : Integer.toString(d.months()),
                String.join(";", history));
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
