package io.github.saasmetrics.ltv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import org.junit.jupiter.api.Test;

class LtvTest {

    private static final Money ARPA_200 = Money.of("USD", "200.00");
    private static final Money ARPA_100 = Money.of("USD", "100.00");

    @Test
    void fieldGuideExamples() {
        // $200 ARPA, 85 % margin, 3 % monthly churn → 200 × 0.85 / 0.03 = 5,666.666…
        assertEquals(Money.of("USD", "5666.67"), Ltv.simple(ARPA_200, 0.85, 0.03));
        // ChartMogul: ARPA $100, churn 5 % → $2,000.
        assertEquals(Money.of("USD", "2000.00"), Ltv.simple(ARPA_100, 1.0, 0.05));
        assertEquals(Money.of("USD", "2000.00"), Ltv.simple(ARPA_100, 1.0, Ratio.of(5, 100)));
        assertEquals(20.0, Ltv.expectedLifetime(0.05));
    }

    @Test
    void roundsOnceHalfEven() {
        // 0.125 / 1 exactly half a cent: HALF_EVEN keeps the even cent.
        assertEquals(Money.of("USD", "0.12"), Ltv.simple(Money.of("USD", "0.25"), 0.5, 1.0));
        assertEquals(Money.of("USD", "0.38"), Ltv.simple(Money.of("USD", "0.75"), 0.5, 1.0));
        // A ratio churn is exact: 100 × 1 × 3 / 1 with churn 1/3.
        assertEquals(Money.of("USD", "300.00"), Ltv.simple(ARPA_100, 1.0, Ratio.of(1, 3)));
        assertEquals(Money.of("JPY", "33333"), Ltv.simple(Money.of("JPY", "1000"), 1.0, 0.03));
    }

    @Test
    void zeroChurnIsUndefinedNotInfinite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ltv.simple(ARPA_100, 0.8, 0));
        assertEquals("LTV is undefined at zero churn (the expected lifetime is unbounded); churnRate must be in (0, 1] "
                + "but was 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Ltv.expectedLifetime(0));
        assertEquals("LTV is undefined at zero churn (the expected lifetime is unbounded); churnRate was 0.00% (0/40)",
                assertThrows(IllegalArgumentException.class, () -> Ltv.simple(ARPA_100, 1, Ratio.of(0, 40))).getMessage());
        assertEquals("LTV is undefined when the churn rate is undefined (undefined (0/0))",
                assertThrows(IllegalArgumentException.class, () -> Ltv.simple(ARPA_100, 1, Ratio.UNDEFINED)).getMessage());
        assertEquals("LTV is undefined at zero churn and zero discount rate (the present value of an endless stream is "
                + "unbounded)", assertThrows(IllegalArgumentException.class,
                        () -> Ltv.discounted(ARPA_100, 1, 0, 0, PaymentTiming.IN_ADVANCE)).getMessage());
    }

    @Test
    void badInputNamesTheArgument() {
        assertEquals("grossMargin must be in [0, 1] but was 1.5",
                assertThrows(IllegalArgumentException.class, () -> Ltv.simple(ARPA_100, 1.5, 0.1)).getMessage());
        assertEquals("churnRate must be in [0, 1] but was 1.2",
                assertThrows(IllegalArgumentException.class, () -> Ltv.simple(ARPA_100, 0.5, 1.2)).getMessage());
        assertEquals("churnRate must be in [0, 1] but was NaN",
                assertThrows(IllegalArgumentException.class, () -> Ltv.simple(ARPA_100, 0.5, Double.NaN)).getMessage());
        assertEquals("arpa must not be negative but was USD -1.00",
                assertThrows(IllegalArgumentException.class, () -> Ltv.simple(Money.of("USD", "-1"), 0.5, 0.1))
                        .getMessage());
        assertEquals("churnRate must be in (0, 1] but was 150.00% (3/2)",
                assertThrows(IllegalArgumentException.class, () -> Ltv.simple(ARPA_100, 0.5, Ratio.of(3, 2))).getMessage());
        assertEquals("discountRate must be finite and not negative but was -0.01", assertThrows(
                IllegalArgumentException.class, () -> Ltv.discounted(ARPA_100, 1, 0.1, -0.01, PaymentTiming.IN_ADVANCE))
                .getMessage());
        assertThrows(NullPointerException.class, () -> Ltv.simple(null, 0.5, 0.1));
        assertThrows(NullPointerException.class, () -> Ltv.discounted(ARPA_100, 1, 0.1, 0.01, null));
    }

    @Test
    void discountedConventionsWorkedExamples() {
        // m = 80, c = 0.05, d = 0.01: in advance 80 × 1.01 / 0.06, in arrears 80 / 0.06.
        assertEquals(Money.of("USD", "1346.67"), Ltv.discounted(ARPA_100, 0.8, 0.05, 0.01, PaymentTiming.IN_ADVANCE));
        assertEquals(Money.of("USD", "1333.33"), Ltv.discounted(ARPA_100, 0.8, 0.05, 0.01, PaymentTiming.IN_ARREARS));
        // At d = 0 both conventions are the simple LTV.
        assertEquals(Money.of("USD", "1600.00"), Ltv.discounted(ARPA_100, 0.8, 0.05, 0, PaymentTiming.IN_ADVANCE));
        assertEquals(Money.of("USD", "1600.00"), Ltv.discounted(ARPA_100, 0.8, 0.05, 0, PaymentTiming.IN_ARREARS));
        // Zero churn with discounting: a perpetuity, 80 × 1.01 / 0.01 and 80 / 0.01.
        assertEquals(Money.of("USD", "8080.00"), Ltv.discounted(ARPA_100, 0.8, 0, 0.01, PaymentTiming.IN_ADVANCE));
        assertEquals(Money.of("USD", "8000.00"), Ltv.discounted(ARPA_100, 0.8, 0, 0.01, PaymentTiming.IN_ARREARS));
    }

    @Test
    void theThreeTimingsSideBySide() {
        // m = 80, churn 3 %, discount 1 % a month: 80 × 1.01 / 0.04, 80 / 0.04, 80 × 0.97 / 0.04.
        assertEquals(Money.of("USD", "2020.00"), Ltv.discounted(ARPA_100, 0.8, 0.03, 0.01, PaymentTiming.IN_ADVANCE));
        assertEquals(Money.of("USD", "2000.00"), Ltv.discounted(ARPA_100, 0.8, 0.03, 0.01, PaymentTiming.IN_ARREARS));
        assertEquals(Money.of("USD", "1940.00"), Ltv.discounted(ARPA_100, 0.8, 0.03, 0.01, PaymentTiming.AT_RENEWAL));
        // Gupta and Lehmann's m · r / (1 + d − r) with m = 80, r = 0.95, d = 0.01: 76 / 0.06.
        assertEquals(Money.of("USD", "1266.67"), Ltv.discounted(ARPA_100, 0.8, 0.05, 0.01, PaymentTiming.AT_RENEWAL));
        // Undiscounted, the renewal timing still leaves out the payment at acquisition: 80 × 0.97 / 0.03.
        assertEquals(Money.of("USD", "2586.67"), Ltv.discounted(ARPA_100, 0.8, 0.03, 0, PaymentTiming.AT_RENEWAL));
        // Zero churn with discounting: payments at t = 1, 2, … are a perpetuity in arrears, 80 / 0.01.
        assertEquals(Money.of("USD", "8000.00"), Ltv.discounted(ARPA_100, 0.8, 0, 0.01, PaymentTiming.AT_RENEWAL));
        // Certain churn after the first period: nothing is ever renewed.
        assertEquals(Money.of("USD", "0.00"), Ltv.discounted(ARPA_100, 0.8, 1, 0.01, PaymentTiming.AT_RENEWAL));
        assertEquals("LTV is undefined at zero churn and zero discount rate (the present value of an endless stream is"
                + " unbounded)", assertThrows(IllegalArgumentException.class,
                        () -> Ltv.discounted(ARPA_100, 0.8, 0, 0, PaymentTiming.AT_RENEWAL)).getMessage());
    }

    @Test
    void discountedOverASurvivalSequence() {
        // 80 × (1 + 0.9 / 1.01 + 0.8 / 1.01²) = 214.0260…; in arrears each term once more / 1.01.
        double[] survival = {1, 0.9, 0.8};
        assertEquals(Money.of("USD", "214.03"), Ltv.discounted(ARPA_100, 0.8, survival, 0.01, PaymentTiming.IN_ADVANCE));
        assertEquals(Money.of("USD", "211.91"), Ltv.discounted(ARPA_100, 0.8, survival, 0.01, PaymentTiming.IN_ARREARS));
        // At renewal the acquisition payment (k = 0) is left out: 80 × (0.9 / 1.01 + 0.8 / 1.01²) = 134.0260…
        assertEquals(Money.of("USD", "134.03"), Ltv.discounted(ARPA_100, 0.8, survival, 0.01, PaymentTiming.AT_RENEWAL));
        // A long geometric sequence converges to the closed form m (1 + d) / (d + c).
        double[] geometric = new double[5000];
        for (int k = 0; k < geometric.length; k++) {
            geometric[k] = Math.pow(0.95, k);
        }
        assertEquals(Ltv.discounted(ARPA_100, 0.8, 0.05, 0.01, PaymentTiming.IN_ADVANCE),
                Ltv.discounted(ARPA_100, 0.8, geometric, 0.01, PaymentTiming.IN_ADVANCE));
        assertEquals(Ltv.discounted(ARPA_100, 0.8, 0.05, 0.01, PaymentTiming.AT_RENEWAL),
                Ltv.discounted(ARPA_100, 0.8, geometric, 0.01, PaymentTiming.AT_RENEWAL));
        assertEquals("survival must not increase but survival[1] = 0.95 > survival[0] = 0.9", assertThrows(
                IllegalArgumentException.class,
                () -> Ltv.discounted(ARPA_100, 1, new double[] {0.9, 0.95}, 0.01, PaymentTiming.IN_ADVANCE)).getMessage());
        assertEquals("survival[0] must be in [0, 1] but was 1.5", assertThrows(IllegalArgumentException.class,
                () -> Ltv.discounted(ARPA_100, 1, new double[] {1.5}, 0.01, PaymentTiming.IN_ADVANCE)).getMessage());
    }

    @Test
    void fromLifetime() {
        assertEquals(Money.of("USD", "1000.00"), Ltv.fromLifetime(ARPA_100, 0.8, 12.5));
        // A fitted sBG model's discounted expected lifetime (High End, d = 10 %): 80 × 5.9225964 = 473.81.
        double del = ShiftedBetaGeometric.of(0.668, 3.806).discountedExpectedLifetime(0.10);
        assertEquals(Money.of("USD", "473.81"), Ltv.fromLifetime(ARPA_100, 0.8, del));
        assertThrows(IllegalArgumentException.class, () -> Ltv.fromLifetime(ARPA_100, 0.8, Double.POSITIVE_INFINITY));
    }

    @Test
    void ltvToCacAndPayback() {
        assertEquals(3.0, Ltv.ltvToCac(Money.of("USD", "3600"), Money.of("USD", "1200")));
        assertEquals(15.0, Ltv.cacPaybackPeriods(Money.of("USD", "1200"), ARPA_100, 0.8));
        assertEquals(0.0, Ltv.cacPaybackPeriods(Money.of("USD", "0"), ARPA_100, 0.8));
        assertEquals("LTV:CAC is undefined unless CAC is positive but CAC was USD 0.00", assertThrows(
                IllegalArgumentException.class, () -> Ltv.ltvToCac(ARPA_100, Money.of("USD", "0"))).getMessage());
        assertEquals("CAC payback is undefined when ARPA × margin is zero (ARPA USD 100.00, margin 0.0)", assertThrows(
                IllegalArgumentException.class, () -> Ltv.cacPaybackPeriods(ARPA_100, ARPA_100, 0)).getMessage());
        assertThrows(CurrencyMismatchException.class, () -> Ltv.ltvToCac(ARPA_100, Money.of("EUR", "10")));
        assertThrows(CurrencyMismatchException.class, () -> Ltv.cacPaybackPeriods(Money.of("EUR", "10"), ARPA_100, 1));
    }

    @Test
    void aValueBeyondTheRangeOfMoneyNamesTheInputs() {
        assertEquals("LTV = ARPA USD 200.00 × margin 0.85 / churn 1.0E-20 = USD 1.70000E+22 does not fit in a long of"
                + " minor units", assertThrows(ArithmeticException.class, () -> Ltv.simple(ARPA_200, 0.85, 1e-20))
                        .getMessage());
        assertEquals("LTV = ARPA USD 100.00 × margin 0.8 × lifetime 1.0E300 periods = USD 8.00000E+301 does not fit in"
                + " a long of minor units", assertThrows(ArithmeticException.class,
                        () -> Ltv.fromLifetime(ARPA_100, 0.8, 1e300)).getMessage());
        assertEquals("LTV = ARPA USD 92233720368547758.07 × margin 1.0 / churn 0.10% (1/1,000) = USD 9.22337E+19 does"
                + " not fit in a long of minor units", assertThrows(ArithmeticException.class,
                        () -> Ltv.simple(Money.ofMinor("USD", Long.MAX_VALUE), 1, Ratio.of(1, 1000))).getMessage());
        assertEquals("discounted LTV of ARPA USD 100.00, margin 1.0, churn 0.0, discount rate 1.0E-18 IN_ARREARS ="
                + " USD 1.00000E+20 does not fit in a long of minor units", assertThrows(ArithmeticException.class,
                        () -> Ltv.discounted(ARPA_100, 1, 0, 1e-18, PaymentTiming.IN_ARREARS)).getMessage());
        double[] survival = new double[3];
        java.util.Arrays.fill(survival, 1);
        Money huge = Money.ofMinor("USD", Long.MAX_VALUE / 2);
        assertEquals("discounted LTV of ARPA USD 46116860184273879.03, margin 1.0 over a discounted lifetime of 3.0"
                + " periods = USD 1.38351E+17 does not fit in a long of minor units", assertThrows(
                        ArithmeticException.class, () -> Ltv.discounted(huge, 1, survival, 0, PaymentTiming.IN_ADVANCE))
                        .getMessage());
        // Just inside the range is fine: the largest ARPA at full churn.
        assertEquals(Money.ofMinor("USD", Long.MAX_VALUE), Ltv.simple(Money.ofMinor("USD", Long.MAX_VALUE), 1, 1.0));
    }

    @Test
    void everyOverloadRejectsANegativeArpa() {
        Money negative = Money.of("USD", "-0.01");
        String message = "arpa must not be negative but was USD -0.01";
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Ltv.simple(negative, 1, 0.1)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> Ltv.simple(negative, 1, Ratio.of(1, 10))).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> Ltv.fromLifetime(negative, 1, 10)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> Ltv.discounted(negative, 1, 0.1, 0.01, PaymentTiming.IN_ADVANCE)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> Ltv.discounted(negative, 1, new double[] {1}, 0.01, PaymentTiming.IN_ADVANCE)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> Ltv.cacPaybackPeriods(ARPA_100, negative, 1)).getMessage());
        assertEquals("cac must not be negative but was USD -0.01", assertThrows(IllegalArgumentException.class,
                () -> Ltv.cacPaybackPeriods(negative, ARPA_100, 1)).getMessage());
        // Zero ARPA is allowed and worth nothing.
        Money zero = Money.of("USD", "0.00");
        assertEquals(zero, Ltv.simple(zero, 1, 0.1));
        assertEquals(zero, Ltv.simple(zero, 1, Ratio.of(1, 10)));
        assertEquals(zero, Ltv.fromLifetime(zero, 1, 10));
        assertEquals(zero, Ltv.discounted(zero, 1, 0.1, 0.01, PaymentTiming.IN_ADVANCE));
        assertEquals(zero, Ltv.discounted(zero, 1, new double[] {1, 0.5}, 0.01, PaymentTiming.IN_ADVANCE));
    }

    @Test
    void churnOfExactlyOneHundredPercentIsOnePeriod() {
        assertEquals(ARPA_100, Ltv.simple(ARPA_100, 1, 1.0));
        assertEquals(Money.of("USD", "80.00"), Ltv.simple(ARPA_100, 0.8, 1.0));
        assertEquals(ARPA_100, Ltv.simple(ARPA_100, 1, Ratio.of(40, 40)));
        assertEquals(1.0, Ltv.expectedLifetime(1.0));
        // In advance the one payment is now; in arrears it is discounted one period.
        assertEquals(ARPA_100, Ltv.discounted(ARPA_100, 1, 1.0, 0, PaymentTiming.IN_ADVANCE));
        assertEquals(Money.of("USD", "90.91"), Ltv.discounted(ARPA_100, 1, 1.0, 0.1, PaymentTiming.IN_ARREARS));
        assertEquals(ARPA_100, Ltv.discounted(ARPA_100, 1, 1.0, 0.1, PaymentTiming.IN_ADVANCE));
        assertEquals("churnRate must be in [0, 1] but was 1.0000000000000002", assertThrows(IllegalArgumentException.class,
                () -> Ltv.simple(ARPA_100, 1, Math.nextUp(1.0))).getMessage());
        assertEquals("churnRate must be in (0, 1] but was 102.50% (41/40)",
                assertThrows(IllegalArgumentException.class, () -> Ltv.simple(ARPA_100, 1, Ratio.of(41, 40))).getMessage());
        assertEquals("churnRate must be in (0, 1] but was -2.50% (-1/40)", assertThrows(IllegalArgumentException.class,
                () -> Ltv.simple(ARPA_100, 1, Ratio.of(-1, 40))).getMessage());
    }
}
