package io.github.saasmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.health.PlaybookTrigger;
import io.github.saasmetrics.health.ScoringCurve;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random text into every parser of the public API: each either reads it (and then prints something
 * it reads back as the same value) or rejects it with an {@link IllegalArgumentException} whose
 * message quotes the text. No other exception type, and no hang: inputs are at most a few hundred
 * characters, and the parsers refuse long ones before doing work that grows with the length.
 */
class HostileInputProperties {

    /** Reads or rejects, as the class describes; {@code print} is the text form of a value read. */
    static <T> void readsOrRejectsNamingTheInput(String input, Function<String, T> parse, Function<T, String> print,
            boolean strips) {
        T value;
        try {
            value = parse.apply(input);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            assertTrue(message != null && !message.isBlank(), () -> "no message for '" + input + "'");
            String named = strips ? input.strip() : input;
            String expected = named.length() <= 80 ? named : named.substring(0, 40);
            assertTrue(message.contains(expected), () -> "message for '" + input + "' does not quote it: " + message);
            return;
        }
        assertEquals(value, parse.apply(print.apply(value)), () -> "read '" + input + "' as " + value);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().ascii().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789").ofMinLength(90).ofMaxLength(300));
    }

    @Provide
    Arbitrary<String> moneyText() {
        Arbitrary<String> code = Arbitraries.of("USD", "EUR", "JPY", "BHD", "CLF", "XXX", "XAU", "usd", "US", "USDD", "",
                "ZZZ", "\u0000SD");
        Arbitrary<String> gap = Arbitraries.of(" ", "", "  ", "\t", "\u00a0");
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.-+eE_, ").ofMaxLength(25),
                Arbitraries.longs().map(n -> n + ""),
                Arbitraries.longs().map(n -> n + "." + Math.abs(n % 1000)),
                Arbitraries.integers().map(n -> "1e" + n),
                Arbitraries.of("1e999999999", "-1e-999999999", "92233720368547758.07", "92233720368547758.08",
                        "-92233720368547758.08", "-92233720368547758.09", "0e-2147483647", "NaN", "Infinity", "١٢٣"));
        return Arbitraries.oneOf(Combinators.combine(code, gap, number).as((c, g, n) -> c + g + n), anyText());
    }

    @Provide
    Arbitrary<String> periodText() {
        Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.integers().map(Object::toString),
                Arbitraries.strings().withChars("0123456789+-").ofMinLength(1).ofMaxLength(12));
        Arbitrary<String> tail = Arbitraries.of("", "-Q1", "-Q4", "-Q0", "-Q5", "-01", "-12", "-13", "-00", "-1", "-001",
                "-01-15/2024-02-15", "-02-30/2024-03-01", "/", "-Q", "-W01");
        return Arbitraries.oneOf(Combinators.combine(year, tail).as((y, t) -> y + t),
                Arbitraries.strings().withChars("0123456789-Q/+ ").ofMaxLength(30), anyText());
    }

    @Property
    void moneyTextIsReadOrRejectedNamingIt(@ForAll("moneyText") String text) {
        readsOrRejectsNamingTheInput(text, Money::parse, Money::toString, false);
    }

    @Property
    void periodTextIsReadOrRejectedNamingIt(@ForAll("periodText") String text) {
        readsOrRejectsNamingTheInput(text, ReportingPeriod::parse, ReportingPeriod::toString, false);
    }

    @Property
    void billingIntervalTextIsReadOrRejectedNamingIt(@ForAll("anyText") String text) {
        readsOrRejectsNamingTheInput(text, BillingInterval::parse, BillingInterval::toString, false);
        readsOrRejectsNamingTheInput("P" + text.strip(), BillingInterval::parse, BillingInterval::toString, false);
    }

    @Property
    void curveAndTriggerTextIsReadOrRejectedNamingIt(@ForAll("anyText") String text) {
        readsOrRejectsNamingTheInput(text, ScoringCurve::parse, ScoringCurve::toString, true);
        readsOrRejectsNamingTheInput("linear " + text, ScoringCurve::parse, ScoringCurve::toString, true);
        readsOrRejectsNamingTheInput(text, PlaybookTrigger::parse, PlaybookTrigger::toString, true);
        readsOrRejectsNamingTheInput("NPS <= " + text, PlaybookTrigger::parse, PlaybookTrigger::toString, true);
    }

    @Property
    void customerIdsAreAnyTextButBlank(@ForAll("anyText") String text) {
        readsOrRejectsNamingTheInput(text, CustomerId::of, CustomerId::value, false);
    }
}
