package io.github.saasmetrics.examples.service;

import io.github.saasmetrics.examples.sample.ExchangeRate;
import io.github.saasmetrics.surveys.NpsResponse;
import io.github.saasmetrics.subscription.Subscription;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What a client asks {@link MetricsService} for: the months to report, and either subscriptions or
 * MRR rows, plus optional exchange rates and NPS responses.
 *
 * <p>JSON example:
 * <pre>{@code
 * {"currency": "USD", "from": "2024-01", "to": "2024-03", "conventions": "chartMogul",
 *  "subscriptions": [{"id": "s1", "customer": "acme", "plan": "team", "unitPrice": "USD 99.00",
 *                     "quantity": 2, "interval": "P1M", "start": "2024-01-10"}],
 *  "npsResponses": [{"customer": "acme", "score": 9, "date": "2024-02-03"}]}
 * }</pre>
 * Subscriptions and NPS responses take the library's JSON forms; absent lists are empty.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param currency the reporting currency's ISO code, not null
 * @param from the first month to report, not null
 * @param to the last month to report, not before {@code from}, not null
 * @param conventions the name of an {@code MrrConventions} preset ({@code defaults}, {@code chartMogul},
 *     {@code stripe}, {@code profitWell}, {@code baremetrics}, {@code lago}), null for the defaults
 * @param subscriptions the subscriptions, not null, empty when {@code rows} are given
 * @param rows MRR per customer per month, not null, empty when {@code subscriptions} are given
 * @param exchangeRates rates into the reporting currency for subscriptions in other currencies, not null
 * @param npsResponses NPS answers, not null, may be empty
 */
public record MetricsRequest(String currency, YearMonth from, YearMonth to, String conventions,
        List<Subscription> subscriptions, List<MrrRow> rows, List<ExchangeRate> exchangeRates,
        List<NpsResponse> npsResponses) {

    /**
     * Validates the parts; absent lists become empty.
     *
     * @throws NullPointerException naming the field if {@code currency}, {@code from} or {@code to} is null
     * @throws InvalidRequestException if {@code to} is before {@code from}, a list holds a null, or both
     *     subscriptions and rows are given; its path is relative to the request
     */
    public MetricsRequest {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidRequestException("/to", "must not be before from (" + from + ") but was " + to, null);
        }
        subscriptions = copy("subscriptions", subscriptions);
        rows = copy("rows", rows);
        exchangeRates = copy("exchangeRates", exchangeRates);
        npsResponses = copy("npsResponses", npsResponses);
        if (!subscriptions.isEmpty() && !rows.isEmpty()) {
            throw new InvalidRequestException("", "give either subscriptions or rows, not both (got "
                    + subscriptions.size() + " subscriptions and " + rows.size() + " rows)", null);
        }
    }

    private static <T> List<T> copy(String name, List<T> list) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new InvalidRequestException("/" + name + "/" + i, "must be an object, not null", null);
            }
        }
        return List.copyOf(list);
    }
}
