package io.github.saasmetrics.examples.sample;

import io.github.saasmetrics.customer.Customer;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.surveys.NpsResponse;
import io.github.saasmetrics.retention.ChurnReasonRecord;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Everything a subscription business records that the metrics need: customers with their segment
 * attributes, subscriptions, exchange rates, NPS responses, support CSAT ratings, health signals
 * from product analytics and customer success, a value experiment, and the recorded reasons of
 * churn events, over a reporting period.
 *
 * <p>{@link SampleData#generate()} makes the bundled sample; {@code SampleFiles} reads and writes
 * it as CSV files.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the months to report, not null
 * @param reportingCurrency the currency every metric is reported in, not null
 * @param customers the customers, not null
 * @param subscriptions the subscriptions, not null
 * @param exchangeRates rates from every other currency into the reporting currency, not null
 * @param npsResponses answers to the NPS question, not null
 * @param csatRatings answers to the support satisfaction question, not null
 * @param healthObservations health signals per customer and day, not null, may be empty
 * @param valueExperiment the customers of a value experiment, not null, may be empty
 * @param churnReasons the recorded reasons of churn events, not null, may be empty
 */
public record SampleDataset(ReportingPeriod period, Currency reportingCurrency, List<Customer> customers,
        List<Subscription> subscriptions, List<ExchangeRate> exchangeRates, List<NpsResponse> npsResponses,
        List<CsatRating> csatRatings, List<HealthObservation> healthObservations, List<ExperimentUnit> valueExperiment,
        List<ChurnReasonRecord> churnReasons) {

    /** Validates and copies the parts. */
    public SampleDataset {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        customers = List.copyOf(customers);
        subscriptions = List.copyOf(subscriptions);
        exchangeRates = List.copyOf(exchangeRates);
        npsResponses = List.copyOf(npsResponses);
        csatRatings = List.copyOf(csatRatings);
        healthObservations = List.copyOf(healthObservations);
        valueExperiment = List.copyOf(valueExperiment);
        churnReasons = List.copyOf(churnReasons);
    }

    /**
     * A copy with other churn reasons.
     *
     * @param reasons the recorded reasons, not null
     * @return the copy, not null
     */
    public SampleDataset withChurnReasons(List<ChurnReasonRecord> reasons) {
        return new SampleDataset(period, reportingCurrency, customers, subscriptions, exchangeRates, npsResponses,
                csatRatings, healthObservations, valueExperiment, reasons);
    }

    /**
     * The exchange rates as the ledger takes them.
     *
     * @return the rates into the reporting currency, not null
     * @throws IllegalArgumentException if a rate row names the reporting currency or two rows conflict
     */
    public ExchangeRates rates() {
        ExchangeRates.Builder builder = ExchangeRates.builder(reportingCurrency);
        for (ExchangeRate r : exchangeRates) {
            builder.rate(r.currency(), r.effectiveFrom(), r.rate());
        }
        return builder.build();
    }

    /**
     * The customers by identifier, in identifier order of the list.
     *
     * @return the map, not null, unmodifiable
     */
    public Map<CustomerId, Customer> customersById() {
        Map<CustomerId, Customer> byId = new LinkedHashMap<>();
        for (Customer c : customers) {
            byId.put(c.id(), c);
        }
        return java.util.Collections.unmodifiableMap(byId);
    }

    /**
     * The support ratings as plain numbers, for {@code Csat.score(int...)}.
     *
     * @return the ratings in list order, not null
     */
    public int[] csatAnswers() {
        return csatRatings.stream().mapToInt(CsatRating::rating).toArray();
    }

    /**
     * A one-line summary: the counts and currencies.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        TreeSet<String> currencies = new TreeSet<>();
        subscriptions.forEach(s -> currencies.add(s.unitPrice().currency().getCurrencyCode()));
        return String.format(java.util.Locale.ROOT,
                "%s to %s: %,d customers, %,d subscriptions in %s (reported in %s), %,d NPS responses, %,d CSAT ratings,"
                        + " %,d health observations",
                period.firstMonth(), period.lastMonth(), customers.size(), subscriptions.size(),
                String.join("/", currencies), reportingCurrency.getCurrencyCode(), npsResponses.size(),
                csatRatings.size(), healthObservations.size());
    }
}
