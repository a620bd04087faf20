package io.github.saasmetrics.ltv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.money.Money;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LtvProperties {

    private static Money usd(long cents) {
        return Money.ofMinor("USD", cents);
    }

    @Property
    void decreasingInChurnAndIncreasingInMargin(@ForAll @LongRange(min = 1, max = 10_000_000) long arpaCents,
            @ForAll @IntRange(min = 0, max = 1000) int marginPermille, @ForAll @IntRange(min = 1, max = 999) int churnPermille) {
        double margin = marginPermille / 1000.0;
        double churn = churnPermille / 1000.0;
        Money ltv = Ltv.simple(usd(arpaCents), margin, churn);
        assertTrue(Ltv.simple(usd(arpaCents), margin, (churnPermille + 1) / 1000.0).compareTo(ltv) <= 0);
        if (marginPermille < 1000) {
            assertTrue(Ltv.simple(usd(arpaCents), (marginPermille + 1) / 1000.0, churn).compareTo(ltv) >= 0);
        }
        // Exact: ARPA × margin / churn, rounded once.
        double exact = arpaCents * margin / churn;
        assertTrue(Math.abs(ltv.minorUnits() - exact) <= 0.5 + 1e-9 * exact);
    }

    @Property
    void strictlyMonotoneWhereTheDifferenceExceedsRounding(@ForAll @IntRange(min = 1, max = 500) int churnPermille,
            @ForAll @IntRange(min = 1, max = 999) int marginPermille) {
        Money arpa = usd(1_000_000);
        double margin = marginPermille / 1000.0;
        assertTrue(Ltv.simple(arpa, margin, (churnPermille + 1) / 1000.0)
                .compareTo(Ltv.simple(arpa, margin, churnPermille / 1000.0)) < 0);
        assertTrue(Ltv.simple(arpa, (marginPermille + 1) / 1000.0, churnPermille / 1000.0)
                .compareTo(Ltv.simple(arpa, margin, churnPermille / 1000.0)) > 0);
    }

    @Property
    void discountingOrdersTheConventions(@ForAll @LongRange(min = 1, max = 10_000_000) long arpaCents,
            @ForAll @IntRange(min = 1, max = 1000) int marginPermille, @ForAll @IntRange(min = 1, max = 1000) int churnPermille,
            @ForAll @IntRange(min = 0, max = 200) int discountPermille) {
        Money arpa = usd(arpaCents);
        double margin = marginPermille / 1000.0;
        double churn = churnPermille / 1000.0;
        double d = discountPermille / 1000.0;
        Money simple = Ltv.simple(arpa, margin, churn);
        Money advance = Ltv.discounted(arpa, margin, churn, d, PaymentTiming.IN_ADVANCE);
        Money arrears = Ltv.discounted(arpa, margin, churn, d, PaymentTiming.IN_ARREARS);
        Money renewal = Ltv.discounted(arpa, margin, churn, d, PaymentTiming.AT_RENEWAL);
        assertTrue(arrears.compareTo(advance) <= 0);
        assertTrue(advance.compareTo(simple) <= 0);
        assertTrue(renewal.compareTo(arrears) <= 0);
        // At renewal is the in-advance value without the acquisition payment m, each rounded once.
        double m = arpaCents * margin;
        assertTrue(Math.abs(renewal.minorUnits() - (advance.minorUnits() - m)) <= 1 + 1e-9 * m,
                () -> renewal + " vs " + advance + " − " + m);
        if (d == 0) {
            assertEquals(simple, advance);
            assertEquals(simple, arrears);
        }
    }
}
