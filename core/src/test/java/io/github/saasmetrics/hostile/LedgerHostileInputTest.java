package io.github.saasmetrics.hostile;

import static io.github.saasmetrics.hostile.HostileCase.of;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.CompositeFold;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.LineKindSplit;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.retention.ChurnAlerts;
import io.github.saasmetrics.retention.ChurnConversions;
import io.github.saasmetrics.retention.ChurnReason;
import io.github.saasmetrics.retention.ChurnReasonRecord;
import io.github.saasmetrics.retention.ChurnReasons;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.retention.CustomerRetention;
import io.github.saasmetrics.retention.RevenueChurn;
import io.github.saasmetrics.retention.RevenueRetention;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.Discount;
import io.github.saasmetrics.subscription.LineKind;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input suite of the revenue side: money, periods, subscriptions, the ledger, the bridge
 * and retention. One row per front door and kind of abuse; each must throw the documented exception
 * with a message that names the input, within a bounded time and allocation.
 */
class LedgerHostileInputTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String HUGE = "x".repeat(15_000_000);
    private static final YearMonth JAN = YearMonth.of(2024, 1);

    /** Two customers at the largest MRR a long holds: every sum over them overflows. */
    private static MrrLedger twoAtTheMaximum() {
        return MrrLedger.builder(USD)
                .add(CustomerId.of("big-a"), JAN, Long.MAX_VALUE).add(CustomerId.of("big-b"), JAN, Long.MAX_VALUE)
                .add(CustomerId.of("big-a"), JAN.plusMonths(1), Long.MAX_VALUE)
                .add(CustomerId.of("big-b"), JAN.plusMonths(1), Long.MAX_VALUE)
                .months(JAN.minusMonths(1), JAN.plusMonths(2))
                .build();
    }

    private static MrrLedger small() {
        return MrrLedger.builder(USD).add("acme", "2024-01", "USD 100.00").add("acme", "2024-02", "USD 120.00")
                .add("globex", "2024-01", "USD 50.00").build();
    }

    private static Subscription subscription(String id) {
        return Subscription.builder(id, "acme").plan("pro").price("USD 10.00").interval(BillingInterval.monthly())
                .start(LocalDate.of(2024, 1, 1)).build();
    }

    @TestFactory
    Stream<DynamicTest> money() {
        return HostileInput.tests(Stream.of(
                of("Money.parse", "currency without a minor unit", IllegalArgumentException.class,
                        () -> Money.parse("XXX 1"), "XXX", "no minor unit"),
                of("Money.parse", "unknown currency", IllegalArgumentException.class,
                        () -> Money.parse("ABC 1"), "ABC", "unknown currency"),
                of("Money.parse", "15 MB of text", IllegalArgumentException.class,
                        () -> Money.parse(HUGE), "15000000 characters"),
                of("Money.parse", "null", NullPointerException.class, () -> Money.parse(null), "text"),
                of("Money.parse", "empty", IllegalArgumentException.class, () -> Money.parse(""), "''"),
                of("Money.ofMinor", "15 MB currency code", IllegalArgumentException.class,
                        () -> Money.ofMinor(HUGE, 1), "15000000 characters"),
                of("Money.of", "1e999999999", ArithmeticException.class,
                        () -> Money.of(USD, new BigDecimal("1e999999999")), "1E+999999999"),
                of("Money.of", "1e-999999999", ArithmeticException.class,
                        () -> Money.of(USD, new BigDecimal("1e-999999999")), "1E-999999999"),
                of("Money.plus", "past Long.MAX_VALUE", ArithmeticException.class,
                        () -> Money.ofMinor(USD, Long.MAX_VALUE).plus(Money.ofMinor(USD, 1)), "overflows"),
                of("Money.negated", "Long.MIN_VALUE", ArithmeticException.class,
                        () -> Money.ofMinor(USD, Long.MIN_VALUE).negated(), "overflows"),
                of("ExchangeRates.rate", "rate 1e999999999 as text: conversion", ArithmeticException.class,
                        () -> ExchangeRates.builder(USD).rate("EUR", LocalDate.of(2024, 1, 1), "1e999999999").build()
                                .convert(Money.parse("EUR 1.00"), LocalDate.of(2024, 2, 1)), "1E+999999999"),
                of("ExchangeRates.convertMinor", "rate 1e999999999", ArithmeticException.class,
                        () -> ExchangeRates.builder(USD).build().convertMinor(100, EUR, new BigDecimal("1e999999999")),
                        "1E+999999999", "EUR"),
                of("ExchangeRates.rate", "negative 1e999999999", IllegalArgumentException.class,
                        () -> ExchangeRates.builder(USD).rate(EUR, LocalDate.of(2024, 1, 1),
                                new BigDecimal("-1e999999999")), "-1E+999999999"),
                of("ExchangeRates.rate", "15 MB rate text", IllegalArgumentException.class,
                        () -> ExchangeRates.builder(USD).rate("EUR", LocalDate.of(2024, 1, 1), HUGE),
                        "15000000 characters"),
                of("ExchangeRates.rate", "two different huge rates", IllegalArgumentException.class,
                        () -> ExchangeRates.builder(USD).rate(EUR, LocalDate.of(2024, 1, 1), new BigDecimal("1e999999999"))
                                .rate(EUR, LocalDate.of(2024, 1, 1), new BigDecimal("2e999999999")),
                        "1E+999999999", "2E+999999999")));
    }

    @TestFactory
    Stream<DynamicTest> periods() {
        return HostileInput.tests(Stream.of(
                of("ReportingPeriod.parse", "a million years: listing its months", IllegalStateException.class,
                        () -> ReportingPeriod.parse("-999999999-01-01/+999999999-01-01").months(), "months"),
                of("ReportingPeriod.parse", "15 MB of text", IllegalArgumentException.class,
                        () -> ReportingPeriod.parse(HUGE), "15000000 characters"),
                of("ReportingPeriod.parse", "a date of 15 MB", IllegalArgumentException.class,
                        () -> ReportingPeriod.parse("2024-01-01/" + HUGE), "15000011 characters"),
                of("ReportingPeriod.year", "Integer.MIN_VALUE", IllegalArgumentException.class,
                        () -> ReportingPeriod.year(Integer.MIN_VALUE), "-2147483648"),
                of("ReportingPeriod.quarter", "quarter 0", IllegalArgumentException.class,
                        () -> ReportingPeriod.quarter(2024, 0), "quarter", "0"),
                of("ReportingPeriod.of", "reversed", IllegalArgumentException.class,
                        () -> ReportingPeriod.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)), "2024-02-01"),
                of("ReportingPeriod.month", "null", NullPointerException.class,
                        () -> ReportingPeriod.month(null), "month")));
    }

    @TestFactory
    Stream<DynamicTest> subscriptions() {
        ReportingPeriod wide = ReportingPeriod.parse("-9000000-01-01/2024-02-01");
        return HostileInput.tests(Stream.of(
                of("MrrLedger.fromSubscriptions", "period -9000000-01..2024-01", IllegalArgumentException.class,
                        () -> MrrLedger.fromSubscriptions(List.of(subscription("s1")), wide, MrrConventions.defaults(),
                                ExchangeRates.builder(USD).build()), "period", "-9000000", "32766"),
                of("MrrLedger.fromSubscriptions", "daily price past a long per month", ArithmeticException.class,
                        () -> MrrLedger.fromSubscriptions(List.of(Subscription.builder("daily", "acme").plan("pro")
                                .price(Money.ofMinor(USD, Long.MAX_VALUE / 100)).interval(BillingInterval.parse("P1D"))
                                .start(LocalDate.of(2024, 1, 1)).build()), ReportingPeriod.month(JAN),
                                MrrConventions.defaults(), USD), "MRR of subscription daily", "P1D"),
                of("LineKindSplit.measure", "period -9000000-01..2024-01", IllegalArgumentException.class,
                        () -> LineKindSplit.measure(List.of(subscription("s1")), wide, MrrConventions.defaults(),
                                ExchangeRates.builder(USD).build()), "period", "-9000000"),
                of("Subscription.builder", "15 MB id, blank plan", IllegalArgumentException.class,
                        () -> Subscription.builder(HUGE, "acme").plan(" ").price("USD 1.00")
                                .interval(BillingInterval.monthly()).start(LocalDate.of(2024, 1, 1)).build(),
                        "15000000 characters", "plan"),
                of("Subscription.builder", "negative quantity", IllegalArgumentException.class,
                        () -> Subscription.builder("s1", "acme").plan("pro").price("USD 1.00").quantity(-1)
                                .interval(BillingInterval.monthly()).start(LocalDate.of(2024, 1, 1)).build(),
                        "quantity", "-1"),
                of("Subscription.builder", "blank id", IllegalArgumentException.class,
                        () -> subscription(" "), "subscription id", "' '"),
                of("BillingInterval.parse", "15 MB of text", IllegalArgumentException.class,
                        () -> BillingInterval.parse(HUGE), "15000000 characters"),
                of("BillingInterval.parse", "P0M", IllegalArgumentException.class,
                        () -> BillingInterval.parse("P0M"), "P0M"),
                of("Discount.percent", "1e999999999 percent", IllegalArgumentException.class,
                        () -> Discount.percentForever(new BigDecimal("1e999999999")),
                        "percentOff", "1E+999999999"),
                of("LineKind.of", "15 MB padded name", IllegalArgumentException.class,
                        () -> LineKind.of(" " + HUGE), "15000001 characters"),
                of("ChurnReason.parse", "blank", IllegalArgumentException.class,
                        () -> ChurnReason.parse("  "), "category")));
    }

    @TestFactory
    Stream<DynamicTest> ledger() {
        return HostileInput.tests(Stream.of(
                of("MrrLedgerBuilder.add", "15 MB customer, bad month", IllegalArgumentException.class,
                        () -> MrrLedger.builder(USD).add(HUGE, "2024-13", "USD 1.00"), "15000000 characters",
                        "2024-13"),
                of("MrrLedgerBuilder.add", "month 10000-01", IllegalArgumentException.class,
                        () -> MrrLedger.builder(USD).add(CustomerId.of("acme"), YearMonth.of(10000, 1), 1),
                        "10000-01", "0000-01..9999-12"),
                of("MrrLedgerBuilder.add", "negative MRR", IllegalArgumentException.class,
                        () -> MrrLedger.builder(USD).add(CustomerId.of("acme"), JAN, -1), "acme", "USD -0.01"),
                of("MrrLedgerBuilder.months", "33 000 months", IllegalArgumentException.class,
                        () -> MrrLedger.builder(USD).months(YearMonth.of(0, 1), YearMonth.of(2750, 1)), "32767"),
                of("MrrLedgerBuilder.addAll", "columns of different lengths", IllegalArgumentException.class,
                        () -> MrrLedger.builder(USD).addAll(new long[2], new int[1], new long[2]), "length"),
                of("MrrLedgerBuilder.build", "no rows", IllegalStateException.class,
                        () -> MrrLedger.builder(USD).build(), "rows"),
                of("MrrLedger.total", "two customers at Long.MAX_VALUE", ArithmeticException.class,
                        () -> twoAtTheMaximum().total(JAN), "total MRR of 2024-01", "USD", "big-b"),
                of("MrrLedger.mrr", "month outside", IllegalArgumentException.class,
                        () -> small().mrr(CustomerId.of("acme"), YearMonth.of(1999, 1)), "1999-01"),
                of("CompositeFold.of", "null array", NullPointerException.class,
                        () -> CompositeFold.of((LedgerFold<?, ?>[]) null), "folds"),
                of("CompositeFold.of", "null element", NullPointerException.class,
                        () -> CompositeFold.of(MrrMovements.monthlyFold(), null), "folds[1]"),
                of("CompositeFold.of", "no fold", IllegalArgumentException.class,
                        () -> CompositeFold.of(), "at least one")));
    }

    @TestFactory
    Stream<DynamicTest> bridgeAndRetention() {
        ReportingPeriod feb = ReportingPeriod.month(JAN.plusMonths(1));
        ReportingPeriod wide = ReportingPeriod.parse("-9000000-01-01/2024-02-01");
        return HostileInput.tests(Stream.of(
                of("MrrMovements.monthly", "two customers at Long.MAX_VALUE", ArithmeticException.class,
                        () -> MrrMovements.monthly(twoAtTheMaximum()), "MRR bridge", "2024-01", "USD"),
                of("MrrMovements.bridge", "period of nine million years", IllegalArgumentException.class,
                        () -> MrrMovements.bridge(small(), wide), "-9000000"),
                of("CustomerChurn.measure", "period outside the ledger", IllegalArgumentException.class,
                        () -> CustomerChurn.measure(small(), ReportingPeriod.year(1999)), "1999"),
                of("RevenueRetention.measure", "two customers at Long.MAX_VALUE", ArithmeticException.class,
                        () -> RevenueRetention.measure(twoAtTheMaximum(), feb), "2024-02"),
                of("CustomerRetention.rate", "negative start", IllegalArgumentException.class,
                        () -> CustomerRetention.rate(-1, 0, 0), "customersAtStart", "-1"),
                of("CustomerRetention.rate", "Long.MAX_VALUE at the end", IllegalArgumentException.class,
                        () -> CustomerRetention.rate(1, Long.MAX_VALUE, 0), "customersAtEnd", "9223372036854775807"),
                of("CohortTable.of", "two customers at Long.MAX_VALUE", ArithmeticException.class,
                        () -> CohortTable.of(twoAtTheMaximum()), "2024-01"),
                of("ChurnAlerts.of", "two customers at Long.MAX_VALUE", ArithmeticException.class,
                        () -> ChurnAlerts.measure(MrrLedger.builder(USD)
                                .add(CustomerId.of("a"), JAN, Long.MAX_VALUE).add(CustomerId.of("b"), JAN, Long.MAX_VALUE)
                                .months(JAN.minusMonths(1), JAN.plusMonths(2)).build(), JAN.plusMonths(2), 1, 0.05),
                        "2024-0", "USD"),
                of("ChurnAlerts.of", "trailingMonths Integer.MAX_VALUE", IllegalArgumentException.class,
                        () -> ChurnAlerts.measure(small(), JAN.plusMonths(1), Integer.MAX_VALUE, 0.05), "2024-02"),
                of("ChurnAlerts.monthly", "significance NaN", IllegalArgumentException.class,
                        () -> ChurnAlerts.monthly(MrrLedger.builder(USD).add(CustomerId.of("a"), JAN, 1)
                                .months(JAN.minusMonths(1), JAN.plusMonths(3)).build(), 1, Double.NaN),
                        "significance", "NaN"),
                of("ChurnAlerts.monthly", "trailingMonths 0", IllegalArgumentException.class,
                        () -> ChurnAlerts.monthly(small(), 0, 0.05), "trailingMonths", "0"),
                of("ChurnConversions.monthlyChurn", "annual NaN", IllegalArgumentException.class,
                        () -> ChurnConversions.monthlyChurn(Double.NaN), "NaN"),
                of("ChurnConversions.monthlyChurn", "annual -Infinity", IllegalArgumentException.class,
                        () -> ChurnConversions.monthlyChurn(Double.NEGATIVE_INFINITY), "Infinity"),
                of("ChurnConversions.monthlyDiscountRate", "annual -1", IllegalArgumentException.class,
                        () -> ChurnConversions.monthlyDiscountRate(-1), "-1"),
                of("ChurnReasons.monthly", "period of nine million years", IllegalArgumentException.class,
                        () -> ChurnReasons.monthly(small(), wide, List.of()), "-9000000"),
                of("ChurnReasons.of", "two churned customers at Long.MAX_VALUE", ArithmeticException.class,
                        () -> ChurnReasons.measure(twoAtTheMaximum(), ReportingPeriod.month(YearMonth.of(2024, 3)), List.of()),
                        "churned MRR", "2024-03", "without a recorded reason", "big-b"),
                of("ChurnReasons.of", "15 MB note, two reasons for one churn", IllegalArgumentException.class,
                        () -> ChurnReasons.measure(small(), ReportingPeriod.month(YearMonth.of(2024, 2)), List.of(
                                ChurnReasonRecord.of("globex", YearMonth.of(2024, 2), ChurnReason.parse("price"), HUGE),
                                ChurnReasonRecord.of("globex", YearMonth.of(2024, 2), ChurnReason.parse("price")))),
                        "two churn reasons", "globex")));
    }

    /** Nulls, empties and extremes at every remaining front door of the revenue side. */
    @TestFactory
    Stream<DynamicTest> nullsEmptiesAndExtremes() {
        MrrLedger ledger = small();
        ReportingPeriod feb = ReportingPeriod.month(JAN.plusMonths(1));
        return HostileInput.tests(Stream.of(
                of("CustomerChurn.measure", "null ledger", NullPointerException.class,
                        () -> CustomerChurn.measure(null, feb), "ledger"),
                of("CustomerChurn.measure", "null period", NullPointerException.class,
                        () -> CustomerChurn.measure(ledger, null), "period"),
                of("CustomerChurn.measure", "the opening month", IllegalArgumentException.class,
                        () -> CustomerChurn.measure(ledger, ReportingPeriod.month(JAN.minusMonths(1))), "2023-12"),
                of("CustomerChurn.measure", "part of a month", IllegalArgumentException.class,
                        () -> CustomerChurn.measure(ledger, ReportingPeriod.parse("2024-02-01/2024-02-15")),
                        "2024-02-01/2024-02-15"),
                of("RevenueRetention.measure", "null period", NullPointerException.class,
                        () -> RevenueRetention.measure(ledger, null), "period"),
                of("RevenueRetention.measure", "a year outside", IllegalArgumentException.class,
                        () -> RevenueRetention.measure(ledger, ReportingPeriod.year(-999_999_999)), "-999999999"),
                of("RevenueRetention.trailingTwelveMonths", "too short a ledger", IllegalArgumentException.class,
                        () -> RevenueRetention.trailingTwelveMonths(ledger, JAN.plusMonths(1)), "2024-02"),
                of("RevenueChurn.measure", "null bridge", NullPointerException.class,
                        () -> RevenueChurn.measure((io.github.saasmetrics.mrr.MrrBridge) null), "bridge"),
                of("CohortTable.of", "null grouping", NullPointerException.class,
                        () -> CohortTable.of(ledger, null), "grouping"),
                of("CohortTable.of", "null segment", NullPointerException.class,
                        () -> CohortTable.of(ledger, io.github.saasmetrics.cohort.CohortGrouping.MONTH, null),
                        "segment"),
                of("MrrMovements.monthly", "null period", NullPointerException.class,
                        () -> MrrMovements.monthly(ledger, null), "period"),
                of("MrrMovements.movements", "month before the ledger", IllegalArgumentException.class,
                        () -> MrrMovements.movements(ledger, YearMonth.of(-999_999_999, 1)), "-999999999"),
                of("MrrBridgeTable.of", "null", NullPointerException.class,
                        () -> io.github.saasmetrics.mrr.MrrBridgeTable.of(null), "bridges"),
                of("MrrBridge.of", "fifteen lines", IllegalArgumentException.class,
                        () -> io.github.saasmetrics.mrr.MrrBridge.of(feb, USD, new long[15]), "16 lines", "15"),
                of("MrrBridge.of", "a negative churn", IllegalArgumentException.class,
                        () -> io.github.saasmetrics.mrr.MrrBridge.of(feb, USD,
                                new long[] {0, 0, 0, 0, -1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0}), "churn", "-0.01"),
                of("MrrBridge.of", "Long.MAX_VALUE start and new business", IllegalArgumentException.class,
                        () -> io.github.saasmetrics.mrr.MrrBridge.of(feb, USD,
                                new long[] {Long.MAX_VALUE, Long.MAX_VALUE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
                        "does not add up", "beyond the range of a long"),
                of("MrrLedger.snapshot", "year 999999999", IllegalArgumentException.class,
                        () -> ledger.snapshot(YearMonth.of(999_999_999, 12)), "999999999-12"),
                of("MrrLedger.filter", "null", NullPointerException.class, () -> ledger.filter(null), "keep"),
                of("ExchangeRates.none", "null currency", NullPointerException.class,
                        () -> ExchangeRates.none(null), "reportingCurrency"),
                of("ExchangeRates.convert", "no rate on the date", IllegalArgumentException.class,
                        () -> ExchangeRates.builder(USD).rate(EUR, LocalDate.of(2024, 1, 1), BigDecimal.ONE).build()
                                .convert(Money.parse("EUR 1.00"), LocalDate.of(-999_999_999, 1, 1)),
                        "EUR", "-999999999-01-01"),
                of("ExchangeRates.rate", "zero", IllegalArgumentException.class,
                        () -> ExchangeRates.builder(USD).rate(EUR, LocalDate.of(2024, 1, 1), BigDecimal.ZERO), "0"),
                of("Discount.percentRepeating", "zero months", IllegalArgumentException.class,
                        () -> Discount.percentRepeating(BigDecimal.TEN, 0), "months", "0"),
                of("Discount.percentForever", "zero percent", IllegalArgumentException.class,
                        () -> Discount.percentForever(BigDecimal.ZERO), "percentOff", "0"),
                of("Discount.amountOnce", "a negative amount", IllegalArgumentException.class,
                        () -> Discount.amountOnce(Money.parse("USD -1.00")), "amountOff", "USD -1.00"),
                of("BillingInterval.parse", "past an int", IllegalArgumentException.class,
                        () -> BillingInterval.parse("P3000000000D"), "P3000000000D"),
                of("ChurnReasonRecord.of", "null reason", NullPointerException.class,
                        () -> ChurnReasonRecord.of("acme", JAN, null), "reason"),
                of("CustomerRetention.rate", "acquired beyond the end", IllegalArgumentException.class,
                        () -> CustomerRetention.rate(10, 5, 6), "acquiredDuringPeriod", "6")));
    }
}
