package io.github.saasmetrics.examples.service;

/**
 * The sizes {@link MetricsService} accepts, so that what a request costs is bounded by these
 * numbers and never by the values a caller writes in it.
 *
 * <p>Every limit is checked before the work it bounds: the request's size before it is parsed,
 * the lengths and depth while it is parsed (Jackson's {@code StreamReadConstraints}), the period
 * and the ledger's size before the library is called. Past a limit the service answers with its
 * usual error, {@code {"error": {"path": …, "message": …}}}, whose message names what was too large
 * and the limit.
 *
 * <p>Example: {@code new MetricsService(ServiceLimits.defaults().withMaxRequestBytes(8 << 20))}
 * accepts requests of up to 8 MiB and keeps the other defaults.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param maxRequestBytes the most bytes of a request (UTF-8), default {@value #DEFAULT_MAX_REQUEST_BYTES}
 * @param maxNestingDepth the most nested arrays and objects, default {@value #DEFAULT_MAX_NESTING_DEPTH}
 *     (a request needs 5: request, subscriptions, subscription, discounts, discount)
 * @param maxStringLength the most characters of one JSON string, default {@value #DEFAULT_MAX_STRING_LENGTH}
 * @param maxNumberLength the most characters of one JSON number, default {@value #DEFAULT_MAX_NUMBER_LENGTH}
 * @param maxSubscriptionMonths the most subscriptions times ledger months (the period's months and
 *     the month before), default {@value #DEFAULT_MAX_SUBSCRIPTION_MONTHS}: the ledger holds up to one
 *     row per customer and month
 */
public record ServiceLimits(int maxRequestBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
        long maxSubscriptionMonths) {

    /** One mebibyte: some 9,000 subscriptions or 17,000 MRR rows. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 1 << 20;

    /** Three times the depth a request needs. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 16;

    /** Ids, plan names, money and dates are far shorter. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000;

    /** Enough for any rate or weight written out in full; a long has 19 digits. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

    /** 10,000 subscriptions over 16 years of months; the ledger then holds at most some 50 MB. */
    public static final long DEFAULT_MAX_SUBSCRIPTION_MONTHS = 2_000_000;

    /**
     * Validates the limits.
     *
     * @throws IllegalArgumentException naming the limit if one is not positive
     */
    public ServiceLimits {
        positive("maxRequestBytes", maxRequestBytes);
        positive("maxNestingDepth", maxNestingDepth);
        positive("maxStringLength", maxStringLength);
        positive("maxNumberLength", maxNumberLength);
        positive("maxSubscriptionMonths", maxSubscriptionMonths);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
        }
    }

    /**
     * The defaults: 1 MiB, depth 16, strings of 1,000 characters, numbers of 100, 2,000,000
     * subscription-months.
     *
     * @return the default limits, not null
     */
    public static ServiceLimits defaults() {
        return new ServiceLimits(DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH,
                DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_SUBSCRIPTION_MONTHS);
    }

    /**
     * A copy with another request size.
     *
     * @param bytes the most bytes of a request, at least 1
     * @return the copy, not null
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public ServiceLimits withMaxRequestBytes(int bytes) {
        return new ServiceLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxSubscriptionMonths);
    }

    /**
     * A copy with another nesting depth.
     *
     * @param depth the most nested arrays and objects, at least 1
     * @return the copy, not null
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public ServiceLimits withMaxNestingDepth(int depth) {
        return new ServiceLimits(maxRequestBytes, depth, maxStringLength, maxNumberLength, maxSubscriptionMonths);
    }

    /**
     * A copy with another string length.
     *
     * @param characters the most characters of a JSON string, at least 1
     * @return the copy, not null
     * @throws IllegalArgumentException if {@code characters} is not positive
     */
    public ServiceLimits withMaxStringLength(int characters) {
        return new ServiceLimits(maxRequestBytes, maxNestingDepth, characters, maxNumberLength, maxSubscriptionMonths);
    }

    /**
     * A copy with another number length.
     *
     * @param characters the most characters of a JSON number, at least 1
     * @return the copy, not null
     * @throws IllegalArgumentException if {@code characters} is not positive
     */
    public ServiceLimits withMaxNumberLength(int characters) {
        return new ServiceLimits(maxRequestBytes, maxNestingDepth, maxStringLength, characters, maxSubscriptionMonths);
    }

    /**
     * A copy with another ledger size.
     *
     * @param subscriptionMonths the most subscriptions times ledger months, at least 1
     * @return the copy, not null
     * @throws IllegalArgumentException if {@code subscriptionMonths} is not positive
     */
    public ServiceLimits withMaxSubscriptionMonths(long subscriptionMonths) {
        return new ServiceLimits(maxRequestBytes, maxNestingDepth, maxStringLength, maxNumberLength,
                subscriptionMonths);
    }
}
