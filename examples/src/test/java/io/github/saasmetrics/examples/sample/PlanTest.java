package io.github.saasmetrics.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.BillingInterval;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void thePriceListInDollars() {
        assertEquals(Money.parse("USD 29.00"), Plan.STARTER.price(BillingInterval.monthly(), USD));
        assertEquals(Money.parse("USD 282.00"), Plan.TEAM.price(BillingInterval.quarterly(), USD));
        assertEquals(Money.parse("USD 2990.00"), Plan.BUSINESS.price(BillingInterval.annual(), USD));
        assertEquals(Money.parse("USD 9990.00"), Plan.ENTERPRISE.price(BillingInterval.annual(), USD));
    }

    @Test
    void euroAndPoundPricesAreRoundedToWholeUnits() {
        assertEquals(Money.parse("EUR 91.00"), Plan.TEAM.price(BillingInterval.monthly(), Currency.getInstance("EUR")));
        assertEquals(Money.parse("GBP 23.00"), Plan.STARTER.price(BillingInterval.monthly(), Currency.getInstance("GBP")));
    }

    @Test
    void planIdsNameTierAndInterval() {
        assertEquals("team-quarterly", Plan.TEAM.planId(BillingInterval.quarterly()));
        assertEquals(List.of(BillingInterval.annual()), Plan.ENTERPRISE.intervals());
    }

    @Test
    void unsoldCombinationsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plan.ENTERPRISE.price(BillingInterval.monthly(), USD));
        assertEquals("enterprise is not sold with interval P1M", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Plan.TEAM.price(BillingInterval.monthly(), Currency.getInstance("JPY")));
    }
}
