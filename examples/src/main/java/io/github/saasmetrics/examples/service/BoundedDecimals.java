package io.github.saasmetrics.examples.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.github.saasmetrics.limits.Limits;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a JSON decimal (a rate, a percentage off) as Jackson does, then refuses one with more than
 * {@value #MAX_DIGITS} digits either side of the decimal point.
 *
 * <p>Why: {@code 1e999999999} is eleven characters, within any number-length limit, yet writing it
 * out in full (as a message might) takes a billion characters and computing with it can exhaust
 * memory. No rate or percentage needs that many digits. Stateless and thread-safe.
 */
final class BoundedDecimals extends StdScalarDeserializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    /** The most digits before or after the decimal point of a decimal in a request. */
    static final int MAX_DIGITS = 40;

    BoundedDecimals() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
        // Trailing zeros are no digits here: 1.000…0 is 1 (the number's length is bounded by the parser).
        BigDecimal digits = value == null ? null : value.stripTrailingZeros();
        if (digits != null && (digits.scale() > MAX_DIGITS || digits.precision() - digits.scale() > MAX_DIGITS)) {
            throw new InvalidRequestException("", "must have at most " + MAX_DIGITS
                    + " digits either side of the decimal point but was " + Limits.quote(value), null);
        }
        return value;
    }
}
