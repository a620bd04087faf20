package io.github.saasmetrics.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.Discount;
import io.github.saasmetrics.subscription.StatusChange;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.subscription.SubscriptionStatus;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriptionCsvTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    /** A valid row: a monthly team plan, active. */
    private static Map<String, String> row() {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : SubscriptionCsv.COLUMNS) {
            row.put(column, "");
        }
        row.put("id", "sub_1");
        row.put("customer", "cus_1");
        row.put("plan", "team-monthly");
        row.put("currency", "usd");
        row.put("amount", "99.00");
        row.put("interval", "month");
        row.put("interval_count", "1");
        row.put("quantity", "2");
        row.put("status", "active");
        row.put("start_date", "2024-03-05");
        return row;
    }

    private static Map<String, String> row(String... changes) {
        Map<String, String> row = row();
        for (int i = 0; i < changes.length; i += 2) {
            row.put(changes[i], changes[i + 1]);
        }
        return row;
    }

    @SafeVarargs
    private static String csv(Map<String, String>... rows) {
        StringBuilder sb = new StringBuilder(String.join(",", rows[0].keySet())).append('\n');
        for (Map<String, String> r : rows) {
            sb.append(String.join(",", r.values())).append('\n');
        }
        return sb.toString();
    }

    private static List<Subscription> read(String csv) {
        return SubscriptionCsv.read(new StringReader(csv), "subs.csv");
    }

    /** The message for a bad second row (line 3), after a good first row. */
    private static String error(String... changes) {
        Map<String, String> good = row("id", "sub_0");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(csv(good, row(changes))));
        assertEquals(3, e.line());
        return e.getMessage();
    }

    @Test
    void aRowBecomesASubscription() {
        Subscription s = read(csv(row())).get(0);
        assertEquals(Subscription.builder("sub_1", "cus_1").plan("team-monthly").price("USD 99.00").quantity(2)
                .interval(BillingInterval.monthly()).start(LocalDate.of(2024, 3, 5)).build(), s);
    }

    @Test
    void optionalColumnsMayBeLeftOutAndUnknownOnesAreIgnored() {
        String csv = "Description,id,customer,plan,currency,amount,interval,status,start_date,metadata\n"
                + "\"Acme, Inc.\",sub_9,cus_9,starter,EUR,27,Month,active,2024-03-05,\"{\"\"a\"\": 1}\"\n";
        Subscription s = read(csv).get(0);
        assertEquals(Money.parse("EUR 27.00"), s.unitPrice());
        assertEquals(1, s.quantity());
        assertEquals(BillingInterval.monthly(), s.interval());
    }

    @Test
    void datesInStripeDashboardAndApiFormsMeanTheirUtcDate() {
        assertEquals(LocalDate.of(2024, 3, 5), read(csv(row("start_date", "2024-03-05 14:22"))).get(0).start());
        assertEquals(LocalDate.of(2024, 3, 5), read(csv(row("start_date", "1709647321"))).get(0).start());
        assertEquals(LocalDate.of(2024, 3, 6),
                read(csv(row("start_date", "2024-03-05T23:30:00-02:00"))).get(0).start());
        assertEquals(LocalDate.of(2024, 3, 5), read(csv(row("start_date", "2024-03-05T10:00:00Z"))).get(0).start());
    }

    @Test
    void endsCancellationsTrialsCouponsAndHistory() {
        Subscription s = read(csv(row("status", "canceled", "trial_end", "2024-03-19", "canceled_at", "2024-06-10",
                "cancel_at_period_end", "true", "ended_at", "2024-07-19", "coupon_percent_off", "20",
                "coupon_duration", "repeating", "coupon_duration_in_months", "3", "status_history",
                "2024-05-19=past_due; 2024-05-23=active"))).get(0);
        assertEquals(LocalDate.of(2024, 3, 19), s.trialEnd());
        assertEquals(LocalDate.of(2024, 6, 10), s.cancelRequestedAt());
        assertEquals(LocalDate.of(2024, 7, 19), s.end());
        assertEquals(List.of(Discount.percentRepeating(new BigDecimal("20"), 3)), s.discounts());
        assertEquals(List.of(new StatusChange(LocalDate.of(2024, 5, 19), SubscriptionStatus.PAST_DUE),
                new StatusChange(LocalDate.of(2024, 5, 23), SubscriptionStatus.ACTIVE)), s.statusChanges());

        Subscription scheduled = read(csv(row("canceled_at", "2024-12-20", "cancel_at", "2025-01-05"))).get(0);
        assertEquals(LocalDate.of(2025, 1, 5), scheduled.end());

        Subscription pastDue = read(csv(row("status", "past_due", "current_period_start", "2024-12-05"))).get(0);
        assertEquals(List.of(new StatusChange(LocalDate.of(2024, 12, 5), SubscriptionStatus.PAST_DUE)),
                pastDue.statusChanges());
        Subscription amountOff = read(csv(row("coupon_amount_off", "10", "coupon_duration", "once"))).get(0);
        assertEquals(List.of(Discount.amountOnce(Money.parse("USD 10.00"))), amountOff.discounts());
    }

    @Test
    void badValuesNameTheFileLineColumnAndValue() {
        assertEquals("subs.csv line 3, column 'amount': must be a decimal number such as 99.00 but was '9,9'",
                error("amount", "\"9,9\""));
        assertEquals("subs.csv line 3, column 'amount': must not be negative but was '-1'", error("amount", "-1"));
        assertEquals("subs.csv line 3, column 'amount': must have at most 2 decimals for USD but was '9.999'",
                error("amount", "9.999"));
        assertEquals("subs.csv line 3, column 'currency': must be an ISO-4217 currency code such as usd or EUR"
                + " but was 'dollars'", error("currency", "dollars"));
        assertEquals("subs.csv line 3, column 'interval': must be one of day, month, week, year but was 'fortnight'",
                error("interval", "fortnight"));
        assertEquals("subs.csv line 3, column 'interval_count': must be a whole number of at least 1 but was '0'",
                error("interval_count", "0"));
        assertEquals("subs.csv line 3, column 'quantity': must be a whole number of at least 0 but was 'two'",
                error("quantity", "two"));
        assertEquals("subs.csv line 3, column 'start_date': must be a date such as 2024-03-05 (or 2024-03-05 14:22,"
                + " an ISO-8601 instant such as 2024-03-05T14:22:00Z, or Unix seconds) but was '03/05/2024'",
                error("start_date", "03/05/2024"));
        assertEquals("subs.csv line 3, column 'customer': is required but was ''", error("customer", ""));
        assertEquals("subs.csv line 3, column 'status': must be one of active, canceled, incomplete,"
                + " incomplete_expired, past_due, paused, trialing, unpaid but was 'cancelled'",
                error("status", "cancelled"));
        assertEquals("subs.csv line 3, column 'cancel_at_period_end': must be true or false but was 'yes'",
                error("cancel_at_period_end", "yes"));
    }

    @Test
    void badValuesInADataRowAreNeverReportedAsTheHeader() {
        assertEquals("subs.csv line 3, column 'currency': must be a currency that amounts can be in, such as usd or EUR"
                + " (XXX has no minor unit) but was 'xxx'", error("currency", "xxx"));
        assertEquals("subs.csv line 3, column 'currency': must be a currency that amounts can be in, such as usd or EUR"
                + " (XAU has no minor unit) but was 'XAU'", error("currency", "XAU"));
        assertEquals("subs.csv line 3, column 'amount': must be at most 92233720368547758.07 in magnitude (an amount of"
                + " USD is a long of minor units) but was '1e400'", error("amount", "1e400"));
        assertEquals("subs.csv line 3, column 'amount': must have at most 2 decimals for USD but was '1e-400'",
                error("amount", "1e-400"));
        assertEquals("subs.csv line 3, column 'coupon_amount_off': must be at most 92233720368547758.07 in magnitude"
                + " (an amount of USD is a long of minor units) but was '1e30'",
                error("coupon_amount_off", "1e30", "coupon_duration", "forever"));
        assertEquals("subs.csv line 3, column 'interval_count': must be at most 2147483647 but was '2147483648'",
                error("interval_count", "2147483648"));
        assertEquals("subs.csv line 3, column 'coupon_duration_in_months': must be at most 2147483647 but was"
                + " '4294967297'", error("coupon_percent_off", "10", "coupon_duration", "repeating",
                        "coupon_duration_in_months", "4294967297"));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsSkipped() throws Exception {
        String csv = csv(row());
        assertEquals(read(csv), read("\uFEFF" + csv));
        java.nio.file.Path file = java.nio.file.Files.createTempFile("subscriptions", ".csv");
        try {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] text = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] all = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(text, 0, all, bom.length, text.length);
            java.nio.file.Files.write(file, all);
            assertEquals(read(csv), SubscriptionCsv.read(file));
        } finally {
            java.nio.file.Files.delete(file);
        }
        // Only at the very start: elsewhere U+FEFF is part of the value.
        CsvFormatException inside = assertThrows(CsvFormatException.class,
                () -> read(csv(row("currency", "\uFEFFusd"))));
        assertEquals("currency", inside.column());
    }

    @Test
    void contradictionsBetweenColumnsNameTheColumnToFix() {
        assertEquals("subs.csv line 3, column 'ended_at': is required when status is canceled but was ''",
                error("status", "canceled"));
        assertEquals("subs.csv line 3, column 'status': must be canceled when ended_at is set but was 'active'",
                error("ended_at", "2024-06-01"));
        assertEquals("subs.csv line 3, column 'ended_at': must not be before start_date (2024-03-05) but was"
                + " '2024-03-01'", error("status", "canceled", "ended_at", "2024-03-01"));
        assertEquals("subs.csv line 3, column 'canceled_at': must not be after the end (2024-06-01) but was"
                + " '2024-06-02'", error("status", "canceled", "ended_at", "2024-06-01", "canceled_at", "2024-06-02"));
        assertEquals("subs.csv line 3, column 'cancel_at': must be empty or equal to ended_at (2024-06-01) but was"
                + " '2024-07-01'", error("status", "canceled", "ended_at", "2024-06-01", "cancel_at", "2024-07-01"));
        assertEquals("subs.csv line 3, column 'trial_end': is required when status is trialing but was ''",
                error("status", "trialing"));
        assertEquals("subs.csv line 3, column 'trial_end': must not be before start_date (2024-03-05) but was"
                + " '2024-03-01'", error("trial_end", "2024-03-01"));
        assertEquals("subs.csv line 3, column 'status': needs a status_history ending in past_due, or a"
                + " current_period_start to say since when but was 'past_due'", error("status", "past_due"));
        assertEquals("subs.csv line 3, column 'status': is a subscription whose first payment never succeeded;"
                + " leave such rows out, as they never had MRR but was 'incomplete'", error("status", "incomplete"));
        assertEquals("subs.csv line 3, column 'id': must be unique, and line 2 has the same id but was 'sub_0'",
                error("id", "sub_0"));
    }

    @Test
    void couponRules() {
        assertEquals("subs.csv line 3, column 'coupon_percent_off': must be greater than 0 and at most 100 but was"
                + " '150'", error("coupon_percent_off", "150", "coupon_duration", "forever"));
        assertEquals("subs.csv line 3, column 'coupon_duration': is required with a coupon (forever, repeating or"
                + " once) but was ''", error("coupon_percent_off", "20"));
        assertEquals("subs.csv line 3, column 'coupon_duration_in_months': is required when coupon_duration is"
                + " repeating but was ''", error("coupon_percent_off", "20", "coupon_duration", "repeating"));
        assertEquals("subs.csv line 3, column 'coupon_duration_in_months': must be empty unless coupon_duration is"
                + " repeating but was '3'",
                error("coupon_percent_off", "20", "coupon_duration", "forever", "coupon_duration_in_months", "3"));
        assertEquals("subs.csv line 3, column 'coupon_amount_off': must be empty when coupon_percent_off is set but"
                + " was '5'", error("coupon_percent_off", "20", "coupon_amount_off", "5", "coupon_duration", "once"));
        assertEquals("subs.csv line 3, column 'coupon_duration': needs coupon_percent_off or coupon_amount_off but"
                + " was 'once'", error("coupon_duration", "once"));
    }

    @Test
    void statusHistoryRules() {
        assertEquals("subs.csv line 3, column 'status_history': must be entries like 2024-05-05=past_due joined by"
                + " ';', each status one of active, past_due, unpaid, paused; entry '2024-05-05:late' is not but was"
                + " '2024-05-05:late'", error("status_history", "2024-05-05:late"));
        assertEquals("subs.csv line 3, column 'status_history': must list dates in increasing order, one entry per"
                + " day, but 2024-05-01 follows 2024-05-05 but was '2024-05-05=past_due;2024-05-01=active'",
                error("status_history", "2024-05-05=past_due;2024-05-01=active"));
        assertEquals("subs.csv line 3, column 'status_history': must not have entries before start_date (2024-03-05),"
                + " as 2024-01-01 is but was '2024-01-01=paused'", error("status_history", "2024-01-01=paused"));
    }

    @Test
    void structuralProblemsNameTheLine() {
        CsvFormatException missing = assertThrows(CsvFormatException.class,
                () -> read("id,customer,plan,currency,interval,status,start_date\nsub_1,c,p,usd,month,active,2024-01-01\n"));
        assertEquals("subs.csv line 1, column 'amount': required column is missing (the header has id, customer, plan,"
                + " currency, interval, status, start_date)", missing.getMessage());

        CsvFormatException fields = assertThrows(CsvFormatException.class,
                () -> read(csv(row()) + "sub_2,cus_2,team\n"));
        assertEquals("subs.csv line 3: has 3 fields but the header has 20", fields.getMessage());

        CsvFormatException quotes = assertThrows(CsvFormatException.class,
                () -> read(csv(row()) + "sub_2,\"cus_2\"x,team\n"));
        assertEquals(3, quotes.line());

        CsvFormatException duplicateHeader = assertThrows(CsvFormatException.class,
                () -> read("id,id,customer\n1,2,3\n"));
        assertEquals(1, duplicateHeader.line());
    }

    @Test
    void lineNumbersCountPhysicalLinesAcrossQuotedLineBreaksAndBlankLines() {
        String csv = csv(row("plan", "\"team\nmonthly\"")) + "\n" + String.join(",", row("id", "sub_2", "amount", "x")
                .values()) + "\n";
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(csv));
        assertEquals(5, e.line(), e.getMessage());

        String noFinalNewline = csv(row()) + String.join(",", row("id", "sub_2", "amount", "x").values());
        assertEquals(3, assertThrows(CsvFormatException.class, () -> read(noFinalNewline)).line());
    }

    @Test
    void writeThenReadGivesTheSameSubscriptions() {
        List<Subscription> subs = new ArrayList<>();
        subs.add(Subscription.builder("a", "c1").plan("team").price("USD 99.00").quantity(3)
                .interval(BillingInterval.quarterly()).start(LocalDate.of(2024, 1, 10)).build());
        subs.add(Subscription.builder("b", "c2").plan("starter").price("EUR 27.00").start(LocalDate.of(2024, 2, 1))
                .trialEnd(LocalDate.of(2024, 2, 15)).cancelRequestedAt(LocalDate.of(2024, 5, 2))
                .end(LocalDate.of(2024, 5, 15)).discount(Discount.percentForever(new BigDecimal("12.5")))
                .status(LocalDate.of(2024, 3, 15), SubscriptionStatus.PAST_DUE)
                .status(LocalDate.of(2024, 3, 20), SubscriptionStatus.ACTIVE).build());
        subs.add(Subscription.builder("c", "c3").plan("annual").price("JPY 12000").interval(BillingInterval.annual())
                .start(LocalDate.of(2024, 6, 1)).cancelRequestedAt(LocalDate.of(2024, 12, 1))
                .end(LocalDate.of(2025, 6, 1)).discount(Discount.amountOnce(Money.parse("JPY 500"))).build());
        subs.add(Subscription.builder("d", "c4").plan("weekly").price("USD 10.00").interval(BillingInterval.every(2,
                BillingInterval.Unit.WEEK)).start(LocalDate.of(2024, 12, 20)).trialEnd(LocalDate.of(2025, 1, 3))
                .build());
        subs.add(Subscription.builder("e", "c5").plan("team").price("USD 99.00").start(LocalDate.of(2024, 9, 9))
                .status(LocalDate.of(2024, 12, 9), SubscriptionStatus.PAST_DUE).build());
        StringWriter out = new StringWriter();
        SubscriptionCsv.write(subs, AS_OF, out);
        assertEquals(subs, SubscriptionCsv.read(new StringReader(out.toString()), "written.csv"));
        List<String> lines = out.toString().lines().toList();
        assertEquals("b,c2,starter,eur,27.00,month,1,1,canceled,2024-02-01,2024-02-15,2024-05-02,true,,2024-05-15,12.5,,"
                + "forever,,2024-03-15=past_due;2024-03-20=active", lines.get(2));
        assertEquals("c,c3,annual,jpy,12000,year,1,1,active,2024-06-01,,2024-12-01,true,2025-06-01,,,500,once,,",
                lines.get(3));
        assertEquals("trialing", lines.get(4).split(",")[8]);
        assertEquals("past_due", lines.get(5).split(",")[8]);
    }

    @Test
    void theWriterRefusesWhatTheSchemaCannotHold() {
        Subscription two = Subscription.builder("x", "c").price("USD 10.00").start(LocalDate.of(2024, 1, 1))
                .discount(Discount.percentForever(BigDecimal.TEN)).discount(Discount.percentOnce(BigDecimal.TEN)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SubscriptionCsv.write(List.of(two), AS_OF, new StringWriter()));
        assertEquals("subscription x has 2 discounts but the CSV schema holds one", e.getMessage());
    }
}
