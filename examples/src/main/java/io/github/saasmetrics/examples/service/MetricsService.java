package io.github.saasmetrics.examples.service;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.saasmetrics.examples.sample.ExchangeRate;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrLedgerBuilder;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.nps.Nps;
import io.github.saasmetrics.nps.NpsScore;
import io.github.saasmetrics.nps.NpsTrend;
import io.github.saasmetrics.subscription.MovementConventions;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A service-style use of the library: a JSON request in, a JSON response out, as a web handler or
 * a message consumer would do it.
 *
 * <p>{@link #handle(String)} reads a {@link MetricsRequest}, builds the MRR ledger from its
 * subscriptions (or rows), computes the monthly bridges, the period's bridge and the NPS, and
 * writes a {@link MetricsResponse}. Bad input never escapes as an exception: the answer is then an
 * error of one fixed shape,
 * <pre>{@code
 * {"error": {"path": "/rows/1/mrr", "message": "money text 'USD 1e30' is out of range: ..."}}
 * }</pre>
 * where {@code path} is a JSON Pointer (RFC 6901) to the part of the request that is wrong
 * ({@code ""} for the request as a whole, such as malformed JSON at its start) and {@code message}
 * says what is wrong, quoting the value: the library's own message where the library rejected it.
 * A missing field is reported at its own path with the message {@code is required}.
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
     * @return the response, or {@code {"error": {"path": "...", "message": "..."}}} if the request is
     *     malformed or its data invalid; not null
     */
    public String handle(String jsonRequest) {
        Objects.requireNonNull(jsonRequest, "jsonRequest");
        try {
            MetricsRequest request = mapper.readValue(jsonRequest, MetricsRequest.class);
            if (request == null) {
                return error("", "the request must be a JSON object but was null");
            }
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(compute(request));
        } catch (InvalidRequestException e) {
            return error(e.path(), e.getMessage());
        } catch (JsonMappingException e) {
            return mappingError(e);
        } catch (JsonProcessingException e) {
            String path = e.getProcessor() instanceof JsonParser parser ? pointer(parser.getParsingContext()) : "";
            JsonLocation at = e.getLocation();
            return error(path, "malformed JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
    }

    /** A JSON value that does not fit the request: where, and what the library or Jackson said. */
    private String mappingError(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            path.append('/').append(r.getFieldName() != null ? escape(r.getFieldName()) : Integer.toString(r.getIndex()));
        }
        Throwable cause = e.getCause();
        if (cause instanceof InvalidRequestException invalid) {
            return error(path + invalid.path(), invalid.getMessage());
        }
        if (cause instanceof NullPointerException && cause.getMessage() != null
                && cause.getMessage().matches("[A-Za-z]+")) {
            // Objects.requireNonNull(x, "field"): the field is missing or null.
            return error(path + "/" + cause.getMessage(), "is required");
        }
        if (e instanceof InvalidFormatException format && !(cause instanceof IllegalArgumentException)) {
            return error(path.toString(), "cannot be read as " + format.getTargetType().getSimpleName() + " but was "
                    + format.getValue() + (cause == null ? "" : ": " + message(cause)));
        }
        if (cause instanceof IllegalArgumentException || cause instanceof DateTimeException
                || cause instanceof ArithmeticException || cause instanceof NullPointerException) {
            return error(path.toString(), message(cause));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return error(path.toString(), "is not a field here; the fields are " + unknown.getKnownPropertyIds());
        }
        return error(path.toString(), e.getOriginalMessage());
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /** The JSON Pointer of the value a parser was reading. */
    private static String pointer(JsonStreamContext context) {
        return context == null ? "" : context.pathAsPointer().toString();
    }

    /** A field name as a JSON Pointer reference token. */
    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Computes the response of a request.
     *
     * @param request the request, not null
     * @return the response, not null
     * @throws InvalidRequestException if the data are invalid (an unknown currency or preset, a missing
     *     rate, a bad row), with the path of the part that is wrong
     */
    public MetricsResponse compute(MetricsRequest request) {
        Objects.requireNonNull(request, "request");
        Currency currency = at("/currency", () -> currency(request.currency()));
        ReportingPeriod period = at("/to", () -> ReportingPeriod.months(request.from(), request.to()));
        MrrConventions conventions = at("/conventions", () -> conventions(request.conventions()));
        MrrLedger ledger;
        if (request.rows().isEmpty()) {
            ExchangeRates.Builder rates = ExchangeRates.builder(currency);
            for (int i = 0; i < request.exchangeRates().size(); i++) {
                ExchangeRate r = request.exchangeRates().get(i);
                at("/exchangeRates/" + i, () -> rates.rate(r.currency(), r.effectiveFrom(), r.rate()));
            }
            ExchangeRates built = rates.build();
            ledger = at(() -> subscriptionPath(request.subscriptions(), period, conventions, built),
                    () -> MrrLedger.fromSubscriptions(request.subscriptions(), period, conventions, built));
        } else {
            MrrLedgerBuilder builder = at("/from", () -> MrrLedger.builder(currency).conventions(conventions)
                    .months(request.from().minusMonths(1), request.to()));
            for (int i = 0; i < request.rows().size(); i++) {
                MrrRow r = request.rows().get(i);
                at("/rows/" + i, () -> builder.add(r.customer(), r.month(), r.mrr()));
            }
            ledger = at("/rows", builder::build);
        }
        MrrLedger built = ledger.withMovementConventions(movementConventions(request.conventions()));
        MrrBridgeTable months = at("", () -> MrrMovements.monthly(built, period));
        MrrBridge total = at("", () -> MrrMovements.bridge(built, period));
        NpsScore nps = at("/npsResponses", () -> Nps.score(request.npsResponses()));
        NpsTrend trend = at("/npsResponses", () -> Nps.monthlyTrend(request.npsResponses()));
        return new MetricsResponse(period, currency.getCurrencyCode(), months, total, nps,
                nps.defined() ? nps.score() : null, nps.defined() ? nps.adjustedWaldInterval(0.95) : null, trend);
    }

    private static Currency currency(String code) {
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be an ISO-4217 currency code such as USD but was '" + code + "'");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("must be a currency that amounts can be in, such as USD, but was '"
                    + code + "', which has no minor unit");
        }
        return currency;
    }

    /**
     * The subscription the ledger fails on, found by building the ledger of each one alone (only
     * after the whole has failed); the list as a whole when no single one fails, as with a duplicate id.
     */
    private static String subscriptionPath(List<Subscription> subscriptions, ReportingPeriod period,
            MrrConventions conventions, ExchangeRates rates) {
        for (int i = 0; i < subscriptions.size(); i++) {
            try {
                MrrLedger.fromSubscriptions(List.of(subscriptions.get(i)), period, conventions, rates);
            } catch (RuntimeException e) {
                return "/subscriptions/" + i;
            }
        }
        return "/subscriptions";
    }

    private static <T> T at(String path, Supplier<T> step) {
        return at(() -> path, step);
    }

    /** Runs a step, turning what the library rejects into an {@link InvalidRequestException} at a path. */
    private static <T> T at(Supplier<String> path, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException
                | NullPointerException e) {
            if (e instanceof InvalidRequestException invalid) {
                throw invalid;
            }
            throw new InvalidRequestException(path.get(), message(e), e);
        }
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

    private String error(String path, String message) {
        ObjectNode node = mapper.createObjectNode();
        node.putObject("error").put("path", path).put("message", message);
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
