package io.github.saasmetrics.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.Discount;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.subscription.SubscriptionStatus;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Whatever subscriptions an export can hold, writing and reading them gives them back unchanged. */
class SubscriptionCsvProperties {

    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "JPY"};

    @Property(tries = 300)
    void writeThenReadIsTheIdentity(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Subscription> subs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            subs.add(subscription(random, "sub_" + i));
        }
        StringWriter out = new StringWriter();
        SubscriptionCsv.write(subs, AS_OF, out);
        assertEquals(subs, SubscriptionCsv.read(new StringReader(out.toString()), "generated.csv"), out::toString);
    }

    private static Subscription subscription(SplittableRandom random, String id) {
        Currency currency = Currency.getInstance(CURRENCIES[random.nextInt(CURRENCIES.length)]);
        LocalDate start = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1000));
        BillingInterval.Unit unit = BillingInterval.Unit.values()[random.nextInt(4)];
        Subscription.Builder b = Subscription.builder(id, "cus," + random.nextInt(50))
                .plan(random.nextBoolean() ? "plan \"pro\"" : "basic")
                .price(Money.ofMinor(currency, random.nextLong(0, 10_000_000)))
                .quantity(random.nextLong(0, 100))
                .interval(BillingInterval.every(1 + random.nextInt(12), unit))
                .start(start);
        LocalDate paidFrom = start;
        if (random.nextBoolean()) {
            paidFrom = start.plusDays(random.nextInt(31));
            b.trialEnd(paidFrom);
        }
        LocalDate end = random.nextInt(3) == 0 ? null : start.plusDays(random.nextInt(1200));
        b.end(end);
        if (random.nextBoolean()) {
            LocalDate requested = start.plusDays(random.nextInt(400));
            if (end == null || !requested.isAfter(end)) {
                b.cancelRequestedAt(requested);
            }
        }
        // An export knows no status change after its day.
        LocalDate day = start.plusDays(1);
        for (int k = random.nextInt(4); k > 0 && day.isBefore(AS_OF); k--) {
            b.status(day, SubscriptionStatus.values()[random.nextInt(3)]);
            day = day.plusDays(1 + random.nextInt(60));
        }
        switch (random.nextInt(5)) {
            case 0 -> b.discount(Discount.percentForever(BigDecimal.valueOf(1 + random.nextInt(10_000), 2)));
            case 1 -> b.discount(Discount.percentRepeating(BigDecimal.valueOf(1 + random.nextInt(100)),
                    1 + random.nextInt(24)));
            case 2 -> b.discount(Discount.amountOnce(Money.ofMinor(currency, 1 + random.nextInt(10_000))));
            default -> { }
        }
        return b.build();
    }
}
