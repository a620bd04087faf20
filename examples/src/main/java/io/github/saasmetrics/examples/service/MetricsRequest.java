package io.github.saasmetrics.examples.service;

import io.github.saasmetrics.examples.sample.ExchangeRate;
import io.github.saasmetrics.nps.NpsResponse;
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
     * @throws IllegalArgumentException if {@code to} is before {@code from}, or both subscriptions and rows are given
     */
    public MetricsRequest {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        rows = rows == null ? List.of() : List.copyOf(rows);
        exchangeRates = exchangeRates == null ? List.of() : List.copyOf(exchangeRates);
        npsResponses = npsResponses == null ? List.of() : List.copyOf(npsResponses);
        if (!subscriptions.isEmpty() && !rows.isEmpty()) {
            throw new IllegalArgumentException("give either subscriptions or rows, not both (got "
                    + subscriptions.size() + " subscriptions and " + rows.size() + " rows)");
        }
    }
}
