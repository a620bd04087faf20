package io.github.saasmetrics.examples.service;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.saasmetrics.examples.sample.ExchangeRate;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrLedgerBuilder;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.nps.Nps;
import io.github.saasmetrics.nps.NpsScore;
import io.github.saasmetrics.subscription.MovementConventions;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A service-style use of the library: a JSON request in, a JSON response out, as a web handler or
 * a message consumer would do it.
 *
 * <p>{@link #handle(String)} reads a {@link MetricsRequest}, builds the MRR ledger from its
 * subscriptions (or rows), computes the monthly bridges, the period's bridge and the NPS, and
 * writes a {@link MetricsResponse}. Bad input never escapes as an exception: the answer is then
 * {@code {"error": "..."}} with the library's message, which names the field and value.
 *
 * <p>Example: rows {@code a: 2024-01 USD 100.00, 2024-02 USD 250.00} over {@code 2024-01..2024-02}
 * answer with a February bridge whose {@code expansion} is {@code "USD 150.00"}.
 *
 * <p>This class is immutable and thread-safe: one instance can serve every request.
 */
public final class MetricsService {

    private static final Map<String, Supplier<MrrConventions>> PRESETS = Map.of(
            "defaults", MrrConventions::defaults,
            "chartMogul", MrrConventions::chartMogul,
            "stripe", MrrConventions::stripe,
            "profitWell", MrrConventions::profitWell,
            "baremetrics", MrrConventions::baremetrics,
            "lago", MrrConventions::lago);

    private final ObjectMapper mapper;

    /** Creates a service with the JSON settings a typical service uses (ISO dates, unknown fields rejected). */
    public MetricsService() {
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // A subscription without status changes or discounts may leave those lists out.
        this.mapper.configOverride(java.util.List.class)
                .setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }

    /**
     * The mapper the service reads requests and writes responses with.
     *
     * @return a copy of the mapper, not null
     */
    public ObjectMapper mapper() {
        return mapper.copy();
    }

    /**
     * Answers a JSON request.
     *
     * @param jsonRequest the request, not null
     * @return the response, or {@code {"error": "..."}} if the request is malformed or its data invalid; not null
     */
    public String handle(String jsonRequest) {
        try {
            MetricsRequest request = mapper.readValue(jsonRequest, MetricsRequest.class);
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(compute(request));
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                    || cause instanceof ArithmeticException) {
                return error(cause.getMessage() + " (at " + e.getPathReference() + ")");
            }
            return error("malformed request: " + e.getOriginalMessage() + " (at " + e.getPathReference() + ")");
        } catch (JsonProcessingException e) {
            return error("malformed JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException | ArithmeticException e) {
            return error(e.getMessage());
        }
    }

    /**
     * Computes the response of a request.
     *
     * @param request the request, not null
     * @return the response, not null
     * @throws IllegalArgumentException if the data are invalid (an unknown preset, a missing rate, a bad row)
     */
    public MetricsResponse compute(MetricsRequest request) {
        Currency currency = Currency.getInstance(request.currency());
        ReportingPeriod period = ReportingPeriod.months(request.from(), request.to());
        MrrConventions conventions = conventions(request.conventions());
        MrrLedger ledger;
        if (request.rows().isEmpty()) {
            ExchangeRates.Builder rates = ExchangeRates.builder(currency);
            for (ExchangeRate r : request.exchangeRates()) {
                rates.rate(r.currency(), r.effectiveFrom(), r.rate());
            }
            ledger = MrrLedger.fromSubscriptions(request.subscriptions(), period, conventions, rates.build());
        } else {
            MrrLedgerBuilder builder = MrrLedger.builder(currency).conventions(conventions)
                    .months(request.from().minusMonths(1), request.to());
            request.rows().forEach(r -> builder.add(r.customer(), r.month(), r.mrr()));
            ledger = builder.build();
        }
        ledger = ledger.withMovementConventions(movementConventions(request.conventions()));
        MrrBridgeTable months = MrrMovements.monthly(ledger, period);
        NpsScore nps = Nps.of(request.npsResponses());
        return new MetricsResponse(period, currency.getCurrencyCode(), months, MrrMovements.bridge(ledger, period), nps,
                nps.defined() ? nps.score() : null, nps.defined() ? nps.adjustedWaldInterval(0.95) : null, Nps.monthlyTrend(request.npsResponses()));
    }

    /** The preset's movement conventions: ChartMogul and Lago have their own, the others use the defaults. */
    private static MovementConventions movementConventions(String name) {
        if ("chartMogul".equals(name)) {
            return MovementConventions.chartMogul();
        }
        return "lago".equals(name) ? MovementConventions.lago() : MovementConventions.defaults();
    }

    private static MrrConventions conventions(String name) {
        if (name == null) {
            return MrrConventions.defaults();
        }
        Supplier<MrrConventions> preset = PRESETS.get(name);
        if (preset == null) {
            throw new IllegalArgumentException("conventions must be one of " + new java.util.TreeSet<>(PRESETS.keySet())
                    + " but was '" + name + "'");
        }
        return preset.get();
    }

    private String error(String message) {
        ObjectNode node = mapper.createObjectNode().put("error", message);
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Answers the request in a file, or on standard input, on standard output.
     *
     * @param args optional: the request file
     */
    public static void main(String[] args) {
        try {
            String request;
            if (args.length > 0) {
                request = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
            } else {
                InputStream in = System.in;
                request = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            System.out.println(new MetricsService().handle(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
