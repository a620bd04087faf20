package io.github.saasmetrics.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class MoneyProperties {

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("USD", "EUR", "JPY", "BHD", "GBP", "CLF").map(Currency::getInstance)
                .filter(c -> c.getDefaultFractionDigits() >= 0);
    }

    private static final long BOUND = Long.MAX_VALUE / 4;

    @Property
    void textRoundTrips(@ForAll("currencies") Currency currency, @ForAll long minor) {
        Money m = Money.ofMinor(currency, minor);
        assertEquals(m, Money.parse(m.toString()));
    }

    @Property
    void plusIsCommutativeAndAssociative(@ForAll @LongRange(min = -BOUND, max = BOUND) long a,
            @ForAll @LongRange(min = -BOUND, max = BOUND) long b, @ForAll @LongRange(min = -BOUND, max = BOUND) long c) {
        Money x = Money.ofMinor("EUR", a);
        Money y = Money.ofMinor("EUR", b);
        Money z = Money.ofMinor("EUR", c);
        assertEquals(x.plus(y), y.plus(x));
        assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
    }

    @Property
    void minusThenPlusIsIdentity(@ForAll @LongRange(min = -BOUND, max = BOUND) long a,
            @ForAll @LongRange(min = -BOUND, max = BOUND) long b) {
        Money x = Money.ofMinor("USD", a);
        Money y = Money.ofMinor("USD", b);
        assertEquals(x, x.minus(y).plus(y));
    }

    @Property
    void overflowIsNeverSilent(@ForAll long a, @ForAll long b) {
        BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        Money x = Money.ofMinor("USD", a);
        Money y = Money.ofMinor("USD", b);
        if (exact.bitLength() < 64) {
            assertEquals(exact.longValueExact(), x.plus(y).minorUnits());
        } else {
            assertThrows(ArithmeticException.class, () -> x.plus(y));
        }
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        if (product.bitLength() < 64) {
            assertEquals(product.longValueExact(), x.times(b).minorUnits());
        } else {
            assertThrows(ArithmeticException.class, () -> x.times(b));
        }
    }
}
