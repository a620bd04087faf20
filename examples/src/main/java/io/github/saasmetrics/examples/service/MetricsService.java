package io.github.saasmetrics.examples.service;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.saasmetrics.examples.sample.ExchangeRate;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrLedgerBuilder;
import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.surveys.NpsResponse;
import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.surveys.NpsTrend;
import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
 * where {@code path} is a JSON Pointer (RFC 6901) to the field that is wrong ({@code ""} for the
 * request as a whole, such as malformed JSON at its start or a request that is too large) and
 * {@code message} says what is wrong, quoting the value (at most {@value Limits#QUOTED_CHARACTERS}
 * characters of it, then its length): the library's own message where the library rejected it. A
 * missing field is reported at its own path with the message {@code is required}.
 *
 * <p><b>Bounded.</b> What a request costs is bounded by {@link ServiceLimits}, never by the values
 * in it: its size is checked before it is parsed, string and number lengths and nesting while it
 * is parsed, the period (at most {@value RequestChecks#MAX_PERIOD_MONTHS} months), the ledger's
 * size and the NPS answers' dates before the library is called. Decimals have at most
 * {@value BoundedDecimals#MAX_DIGITS} digits either side of the point; exchange rates lie from
 * {@code 1E-18} to {@code 1E+18}. A message is at most {@value #MAX_MESSAGE} characters.
 *
 * <p><b>Exact.</b> No number is changed on the way in: {@code 9.5} where a whole number is
 * expected, {@code "9"} where a number is, {@code 9} where a text is, {@code null} or nothing where
 * a whole number is, and {@code ""} where a date is, are all refused, not rounded, parsed, or read as
 * zero or absent.
 *
 * <p>Example: rows {@code a: 2024-01 USD 100.00, 2024-02 USD 250.00} over {@code 2024-01..2024-02}
 * answer with a February bridge whose {@code expansion} is {@code "USD 150.00"}.
 *
 * <p>This class is immutable and thread-safe: one instance can serve every request.
 */
public final class MetricsService {

    /** The most characters of an error's message: a library's message quoting a long id is cut here. */
    static final int MAX_MESSAGE = 1_000;

    /** The most characters of a field name; unknown names are echoed in the error's path. */
    static final int MAX_NAME_LENGTH = 100;

    private static final Map<String, Supplier<MrrConventions>> PRESETS = Map.of(
            "defaults", MrrConventions::defaults,
            "chartMogul", MrrConventions::chartMogul,
            "stripe", MrrConventions::stripe,
            "profitWell", MrrConventions::profitWell,
            "baremetrics", MrrConventions::baremetrics,
            "lago", MrrConventions::lago);

    private final ObjectMapper mapper;
    private final ServiceLimits limits;
    private final RequestChecks checks;

    /** Creates a service with the default {@link ServiceLimits}. */
    public MetricsService() {
        this(ServiceLimits.defaults());
    }

    /**
     * Creates a service with the JSON settings a typical service uses (ISO dates, unknown fields
     * rejected, no coercion of one kind of value into another) and the given limits.
     *
     * @param limits the limits, not null
     */
    public MetricsService(ServiceLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.checks = new RequestChecks(limits);
        JsonFactory json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxRequestBytes())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                // Jackson's own messages quote at most this much of a bad token.
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(Limits.QUOTED_CHARACTERS)
                        .maxRawContentLength(Limits.QUOTED_CHARACTERS)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(json)
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("bounded decimals").addDeserializer(BigDecimal.class, new BoundedDecimals()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // No silent change of a number: 9.5 is not 9, "9" is not 9, null is not 0.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .build();
        // A date is its ISO text: not a day number (19000 is not 2022-01-08), not "" for absent.
        for (Class<?> type : List.of(LocalDate.class, YearMonth.class)) {
            this.mapper.configOverride(type).setFormat(JsonFormat.Value.forLeniency(false));
        }
        // A subscription without status changes or discounts may leave those lists out.
        this.mapper.configOverride(java.util.List.class)
                .setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }

    /**
     * The limits the service enforces.
     *
     * @return the limits, not null
     */
    public ServiceLimits limits() {
        return limits;
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
     *     malformed, too large or its data invalid; not null
     */
    public String handle(String jsonRequest) {
        Objects.requireNonNull(jsonRequest, "jsonRequest");
        long bytes = utf8Length(jsonRequest, limits.maxRequestBytes());
        if (bytes > limits.maxRequestBytes()) {
            return tooLarge("more than " + limits.maxRequestBytes());
        }
        try (JsonParser parser = mapper.createParser(jsonRequest)) {
            return read(parser);
        } catch (IOException e) {
            // Reading a string raises no I/O errors but the JSON's own, answered by read().
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Answers a JSON request read from a stream, reading at most one byte more than
     * {@link ServiceLimits#maxRequestBytes()} and leaving the stream open.
     *
     * @param jsonRequest the request in UTF-8, not null
     * @return the response or the error, as {@link #handle(String)}; not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public String handle(InputStream jsonRequest) {
        Objects.requireNonNull(jsonRequest, "jsonRequest");
        byte[] bytes;
        try {
            bytes = jsonRequest.readNBytes(limits.maxRequestBytes() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limits.maxRequestBytes()) {
            return tooLarge("more than " + limits.maxRequestBytes());
        }
        try (JsonParser parser = mapper.createParser(bytes)) {
            return read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and answers a request. The parser stays open until the answer is written, so that an
     * error can quote the token the parser stopped at.
     */
    private String read(JsonParser parser) throws IOException {
        MetricsRequest request;
        try {
            request = mapper.readValue(parser, MetricsRequest.class);
        } catch (JsonProcessingException e) {
            return error(e, parser);
        }
        return answer(request);
    }

    private String tooLarge(String size) {
        return error("", "the request is too large: " + size + " bytes, at most " + limits.maxRequestBytes()
                + " (maxRequestBytes)");
    }

    /** The UTF-8 length of a text, counted no further than one past a limit so that a huge text costs no more. */
    private static long utf8Length(String text, int limit) {
        long bytes = 0;
        for (int i = 0; i < text.length() && bytes <= limit; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private String answer(MetricsRequest request) throws JsonProcessingException {
        if (request == null) {
            return error("", "the request must be a JSON object but was null");
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(compute(request));
        } catch (InvalidRequestException e) {
            return error(e.path(), e.getMessage());
        }
    }

    private String error(JsonProcessingException e, JsonParser parser) {
        if (e instanceof JsonMappingException mapping) {
            return mappingError(mapping, parser);
        }
        JsonStreamContext context = parser.getParsingContext();
        if (e instanceof StreamConstraintsException && context != null && context.inObject()
                && String.valueOf(e.getOriginalMessage()).startsWith("Name length")) {
            // The context still holds the field before the long name: the object is what is wrong.
            context = context.getParent();
        }
        String path = pointer(context);
        if (e instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
            // A whole number past a long (or an int): Jackson refuses it while reading it.
            Class<?> type = coercion.getTargetType();
            boolean isLong = type == long.class || type == Long.class;
            return error(path, "must be a whole number from " + (isLong ? Long.MIN_VALUE : Integer.MIN_VALUE) + " to "
                    + (isLong ? Long.MAX_VALUE : Integer.MAX_VALUE) + " but was " + quoteText(parser));
        }
        if (e instanceof StreamConstraintsException) {
            // Jackson's message names the limit and the size: "String value length (1001) exceeds the maximum ...".
            return error(path, "too large: " + e.getOriginalMessage());
        }
        JsonLocation at = e.getLocation();
        return error(path, "malformed JSON: " + e.getOriginalMessage()
                + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }

    /** A JSON value that does not fit the request: where, and what the library or Jackson said. */
    private String mappingError(JsonMappingException e, JsonParser parser) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            path.append('/').append(r.getFieldName() != null ? escape(r.getFieldName()) : Integer.toString(r.getIndex()));
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException reading && !(cause instanceof JsonMappingException)) {
            // The parser refused a token inside an object being built: a limit, a number past a long, bad JSON.
            return error(reading, parser);
        }
        if (cause instanceof InvalidRequestException invalid) {
            return error(path + invalid.path(), invalid.getMessage());
        }
        if (cause instanceof NullPointerException && cause.getMessage() != null
                && cause.getMessage().matches("[A-Za-z]+")) {
            // Objects.requireNonNull(x, "field"): the field is missing or null.
            return error(path + "/" + cause.getMessage(), "is required");
        }
        if (e instanceof ValueInstantiationException created && (cause instanceof IllegalArgumentException
                || cause instanceof ArithmeticException || cause instanceof DateTimeException)) {
            // The library refused the object as a whole; its message starts with the field it is about.
            return error(path + field(created.getType().getRawClass(), message(cause)), message(cause));
        }
        if (e instanceof MismatchedInputException mismatch && cause == null && mismatch.getTargetType() != null
                && !(e instanceof UnrecognizedPropertyException)) {
            // A value of the wrong kind, refused rather than coerced: 9.5 or "9" for a whole number.
            return error(path.toString(), mismatch(mismatch.getTargetType(), parser));
        }
        if (e instanceof InvalidFormatException format && !(cause instanceof IllegalArgumentException)) {
            return error(path.toString(), "cannot be read as " + format.getTargetType().getSimpleName() + " but was "
                    + quote(format.getValue()) + (cause == null ? "" : ": " + message(cause)));
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

    /** A value of the wrong kind, such as 9.5 for a whole number: what was expected, and the value. */
    private static String mismatch(Class<?> target, JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.END_OBJECT || token == JsonToken.FIELD_NAME) {
            // The object ended without the field: Jackson would have read it as 0.
            return "is required";
        }
        String value;
        if (token == JsonToken.VALUE_NULL) {
            value = "null";
        } else if (token == JsonToken.START_OBJECT) {
            value = "an object";
        } else if (token == JsonToken.START_ARRAY) {
            value = "an array";
        } else if (token == JsonToken.VALUE_STRING) {
            value = "'" + quoteText(parser) + "'";
        } else {
            value = token == null ? "nothing" : quoteText(parser);
        }
        return "must be " + kind(target) + " but was " + value;
    }

    private static String quoteText(JsonParser parser) {
        try {
            return Limits.quote(parser.getText());
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** What a Java type is in the request's words. */
    private static String kind(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum() || type.isRecord() && type.getRecordComponents().length == 1) {
            // Ids, money and enums are texts in JSON.
            return "a text";
        }
        if (type == LocalDate.class) {
            return "a date such as 2024-03-05";
        }
        if (type == YearMonth.class) {
            return "a month such as 2024-03";
        }
        return "a " + type.getSimpleName();
    }

    /**
     * The field of a record that a library's message is about, as a path suffix: the messages start
     * with the field's name ({@code "end of subscription s (…) is before its start"}); empty when
     * none does.
     */
    private static String field(Class<?> type, String message) {
        if (!type.isRecord()) {
            return "";
        }
        return Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(name -> startsWithField(message, name)
                        || startsWithField(message, type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " " + name))
                .findFirst()
                .map(name -> "/" + name)
                .orElse("");
    }

    /** Whether a message is about one field: "end of …", "rate from …", but not "unitPrice × quantity …". */
    private static boolean startsWithField(String message, String name) {
        return message.startsWith(name + " ") && !message.startsWith(name + " × ");
    }

    private static String quote(Object value) {
        return value instanceof BigDecimal decimal ? Limits.quote(decimal)
                : Limits.quote(value == null ? null : value.toString());
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
     *     rate, a bad row) or past a limit (a period of more than {@value RequestChecks#MAX_PERIOD_MONTHS}
     *     months, more subscription-months than {@link ServiceLimits#maxSubscriptionMonths()}), with the
     *     path of the field that is wrong
     */
    public MetricsResponse compute(MetricsRequest request) {
        Objects.requireNonNull(request, "request");
        Currency currency = at("/currency", () -> currency(request.currency()));
        // Before the library lists the period's months or sizes the ledger.
        checks.check(request);
        ReportingPeriod period = at("/to", () -> ReportingPeriod.months(request.from(), request.to()));
        MrrConventions conventions = at("/conventions", () -> conventions(request.conventions()));
        MrrLedger ledger;
        String list;
        if (request.rows().isEmpty()) {
            list = "/subscriptions";
            ExchangeRates.Builder rates = ExchangeRates.builder(currency);
            for (int i = 0; i < request.exchangeRates().size(); i++) {
                ExchangeRate r = request.exchangeRates().get(i);
                if (r.currency().equals(currency)) {
                    throw new InvalidRequestException("/exchangeRates/" + i + "/currency", "needs no rate: "
                            + currency.getCurrencyCode() + " is the reporting currency", null);
                }
                at("/exchangeRates/" + i, () -> rates.rate(r.currency(), r.effectiveFrom(), r.rate()));
            }
            ExchangeRates built = rates.build();
            ledger = at(e -> subscriptionPath(request.subscriptions(), period, conventions, built),
                    () -> MrrLedger.fromSubscriptions(request.subscriptions(), period, conventions, built));
        } else {
            list = "/rows";
            MrrLedgerBuilder builder = at("/from", () -> MrrLedger.builder(currency).conventions(conventions)
                    .months(request.from().minusMonths(1), request.to()));
            for (int i = 0; i < request.rows().size(); i++) {
                MrrRow r = request.rows().get(i);
                String row = "/rows/" + i;
                at(e -> row + field(MrrRow.class, message(e)), () -> builder.add(r.customer(), r.month(), r.mrr()));
            }
            ledger = at("/rows", builder::build);
        }
        MrrLedger built = ledger.withMovementConventions(movementConventions(request.conventions()));
        // A sum over all customers that does not fit is the list's, not one entry's.
        MrrBridgeTable months = at(list, () -> MrrMovements.monthly(built, period));
        MrrBridge total = at(list, () -> MrrMovements.bridge(built, period));
        NpsScore nps = at("/npsResponses", () -> Nps.score(request.npsResponses()));
        NpsTrend trend = at(e -> npsPath(request.npsResponses()), () -> Nps.monthlyTrend(request.npsResponses()));
        return new MetricsResponse(period, currency.getCurrencyCode(), months, total, nps,
                nps.defined() ? nps.score() : null, nps.defined() ? nps.adjustedWaldInterval(0.95) : null, trend);
    }

    private static Currency currency(String code) {
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be an ISO-4217 currency code such as USD but was '"
                    + Limits.quote(code) + "'");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("must be a currency that amounts can be in, such as USD, but was '"
                    + code + "', which has no minor unit");
        }
        return currency;
    }

    /**
     * The subscription the ledger fails on, found by building the ledger of each one alone (only
     * after the whole has failed), and the field the library's message is about; the list as a
     * whole when no single one fails.
     */
    private static String subscriptionPath(List<Subscription> subscriptions, ReportingPeriod period,
            MrrConventions conventions, ExchangeRates rates) {
        for (int i = 0; i < subscriptions.size(); i++) {
            try {
                MrrLedger.fromSubscriptions(List.of(subscriptions.get(i)), period, conventions, rates);
            } catch (RuntimeException e) {
                return "/subscriptions/" + i + field(Subscription.class, message(e));
            }
        }
        return "/subscriptions";
    }

    /**
     * The answer whose date the monthly trend fails on (a month too late for a reporting period),
     * found by the trend of each one alone; the list as a whole when no single one fails.
     */
    private static String npsPath(List<NpsResponse> responses) {
        for (int i = 0; i < responses.size(); i++) {
            try {
                Nps.monthlyTrend(List.of(responses.get(i)));
            } catch (RuntimeException e) {
                return "/npsResponses/" + i + "/date";
            }
        }
        return "/npsResponses";
    }

    private static <T> T at(String path, Supplier<T> step) {
        return at(e -> path, step);
    }

    /** Runs a step, turning what the library rejects into an {@link InvalidRequestException} at a path. */
    private static <T> T at(Function<RuntimeException, String> path, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | DateTimeException
                | NullPointerException e) {
            if (e instanceof InvalidRequestException invalid) {
                throw invalid;
            }
            throw new InvalidRequestException(path.apply(e), message(e), e);
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
                    + " but was '" + Limits.quote(name) + "'");
        }
        return preset.get();
    }

    /** The error answer; a message longer than {@value #MAX_MESSAGE} characters (a library's, quoting a long id) is cut. */
    private String error(String path, String message) {
        String bounded = message.length() <= MAX_MESSAGE ? message
                : message.substring(0, MAX_MESSAGE) + "… (" + message.length() + " characters)";
        ObjectNode node = mapper.createObjectNode();
        node.putObject("error").put("path", path).put("message", bounded);
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
        MetricsService service = new MetricsService();
        if (args.length == 0) {
            System.out.println(service.handle(System.in));
            return;
        }
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            System.out.println(service.handle(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
