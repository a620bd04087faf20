package io.github.saasmetrics.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void moneyHasItsCurrencysDecimalsAndThousandsSeparators() {
        assertEquals("USD 170,831.04", Figures.money(Money.of("USD", "170831.04")));
        assertEquals("USD 1,234,567.00", Figures.money(Money.of("USD", "1234567")));
        assertEquals("999.99", Figures.amount(Money.of("USD", "999.99")));
        assertEquals("-566.55", Figures.amount(Money.of("USD", "-566.55")));
        assertEquals("-1,000.00", Figures.amount(Money.of("USD", "-1000")));
        assertEquals("0.00", Figures.amount(Money.zero(USD)));
        assertEquals("JPY 1,500", Figures.money(Money.of("JPY", "1500")));
        assertEquals("3,016", Figures.grouped(3016));
        assertEquals("-100,000", Figures.grouped(-100_000));
        assertEquals("999", Figures.grouped(999));
    }

    @Test
    void aSumsTermsCarryTheirSignOutside() {
        assertEquals(" + fx 1,200.00", Figures.term("fx", Money.of("USD", "1200")));
        assertEquals(" − fx 426.30", Figures.term("fx", Money.of("USD", "-426.30")));
        assertEquals(" + fx 0.00", Figures.term("fx", Money.zero(USD)));
    }

    @Test
    void moneyRatiosShowTheAmountsNotMinorUnits() {
        assertEquals("79.07% (USD 170,831.04 / USD 216,045.32)", Figures.moneyRatio(Ratio.of(17083104, 21604532), USD));
        assertEquals("undefined (USD 0.00 / USD 0.00)", Figures.moneyRatio(Ratio.UNDEFINED, USD));
        assertEquals("4.52× (USD 323,414.67 / USD 71,504.45)", Figures.moneyMultiple(Ratio.of(32341467, 7150445), USD));
        assertEquals("undefined (USD 0.00 / USD 0.00)", Figures.moneyMultiple(Ratio.UNDEFINED, USD));
    }

    @Test
    void percentagesInColumnsHaveOneDecimalRoundedFromTheExactRatio() {
        assertEquals("66.7%", Figures.percent(Ratio.of(2, 3)));
        assertEquals("100.0%", Figures.percent(Ratio.of(3, 3)));
        // 0.90451 rounds to 90.5 %, not to 90.4 % through 0.9045.
        assertEquals("90.5%", Figures.percent(Ratio.of(90451, 100000)));
        assertEquals("66.67%", Figures.percent(Ratio.of(2, 3), 2));
        assertEquals("—", Figures.percent(Ratio.UNDEFINED));
        assertEquals("20.0%", Figures.fixedPercent(0.2));
        assertEquals("26.7%", Figures.percent(0.2667));
        assertEquals("105%", Figures.percent(1.05));
        assertEquals("4.50×", Figures.multiple(Ratio.of(9, 2)));
        assertEquals("—", Figures.multiple(Ratio.UNDEFINED));
    }

    @Test
    void anIntervalHasTheDecimalsOfItsEstimate() {
        assertEquals("[19.52, 25.39]", Figures.interval(new ConfidenceInterval(19.5189, 25.3939, 0.95), 2));
        assertEquals("[0.8951, 0.9181]", Figures.interval(0.89514, 0.91806, 4));
        assertEquals("[-18.7, 36.3]", Figures.interval(-18.66, 36.34, 1));
        assertEquals("95% CI [67.25, 77.65]", new ConfidenceInterval(67.2532, 77.6483, 0.95).toString());
        assertEquals("95", Figures.level(0.95));
        assertEquals("99.9", Figures.level(0.999));
    }

    @Test
    void pValuesHaveFourDecimalsOrSayBelowOneInAThousand() {
        assertEquals("< 0.001", Figures.pValue(0.0000237));
        assertEquals("0.0094", Figures.pValue(0.009419153491050802));
        assertEquals("0.8782", Figures.pValue(0.87816));
        assertEquals("0.0010", Figures.pValue(0.001));
        assertEquals("1.0000", Figures.pValue(1));
    }

    @Test
    void fixedDecimalsRoundHalfEvenOnTheExactValueAndNeverPrintANegativeZero() {
        assertEquals("10.2", Figures.fixed(10.25, 1));
        assertEquals("0.0", Figures.fixed(-0.01, 1));
        assertEquals("0.5000", Figures.probability(0.5));
        assertEquals("0.75", Figures.number(0.75));
        assertEquals("14", Figures.number(14.0));
        assertEquals("1235000", Figures.significant(1234567));
        assertEquals("+3", Figures.signed(3));
        assertEquals("1 day", Figures.plural(1, "day", "days"));
        assertEquals("2 days", Figures.plural(2, "day", "days"));
    }
}
