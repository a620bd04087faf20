package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.subscription.Subscription;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The synthetic business's subscriptions. */
@State(Scope.Benchmark)
public class SubscriptionsState {

    /** The number of customers. */
    @Param({"10000", "100000", "1000000"})
    public int customers;

    /** Currencies besides USD: 0, 1 (EUR) or 2 (EUR, GBP). */
    @Param({"0"})
    public int extraCurrencies;

    /** The business. */
    public SyntheticSaas saas;
    /** Its subscriptions. */
    public List<Subscription> subscriptions;
    /** Its exchange rates. */
    public ExchangeRates rates;
    /** Slices or partitions of the parallel paths. */
    public int parts;

    /** Generates the subscriptions once per fork. */
    @Setup(Level.Trial)
    public void setUp() {
        long t0 = System.nanoTime();
        saas = SyntheticSaas.of(customers, Bench.SEED).withExtraCurrencies(extraCurrencies);
        subscriptions = saas.subscriptions();
        rates = saas.rates();
        parts = Bench.parts();
        Bench.log(customers + " customers, " + subscriptions.size() + " subscriptions, generated in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
}
