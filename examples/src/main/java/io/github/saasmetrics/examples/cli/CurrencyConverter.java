package io.github.saasmetrics.examples.cli;

import io.github.saasmetrics.limits.Limits;
import java.util.Currency;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --currency}: an ISO-4217 code in any case ({@code USD}, {@code eur}) of a currency
 * with a minor unit, as amounts need one.
 *
 * <p>This class is stateless, immutable and thread-safe.
 */
public final class CurrencyConverter implements ITypeConverter<Currency> {

    @Override
    public Currency convert(String code) {
        Currency currency;
        try {
            currency = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("a currency must be an ISO-4217 code such as USD or EUR but was '"
                    + Limits.quote(code) + "'");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new TypeConversionException("a currency must have a minor unit (cents) to report amounts in, and "
                    + currency.getCurrencyCode() + " has none");
        }
        return currency;
    }
}
