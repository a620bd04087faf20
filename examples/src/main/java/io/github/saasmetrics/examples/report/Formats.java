package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Short forms of numbers for table cells, and line wrapping for long one-line summaries. */
final class Formats {

    /** Lines of the text report are at most this long; longer summaries are wrapped. */
    static final int WIDTH = 150;

    private Formats() {
    }

    /** {@code 12345.60}: the amount without the currency. */
    static String plain(Money m) {
        return m.amount().toPlainString();
    }

    /** {@code 91.3%}, one decimal; {@code —} when undefined. */
    static String percent(Ratio r) {
        return r.defined() ? r.decimal(4, RoundingMode.HALF_EVEN).movePointRight(2).stripTrailingZeros()
                .setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%" : "—";
    }

    /** {@code 91.3%}, one decimal, of a share from 0 to 1. */
    static String percent(double share) {
        return new BigDecimal(Double.toString(share)).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN)
                .toPlainString() + "%";
    }

    /** {@code 4.52×}; {@code —} when undefined. */
    static String multiple(Ratio r) {
        return r.defined() ? r.decimal(2, RoundingMode.HALF_EVEN).toPlainString() + "×" : "—";
    }

    /** A number with a fixed count of decimals, such as {@code 31.3}. */
    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * Breaks lines longer than {@link #WIDTH} after {@code "; "} or {@code ", "}, indenting the
     * continuation by two spaces; a line without such a break stays as it is.
     */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String rest = line;
            String indent = "";
            while (indent.length() + rest.length() > WIDTH) {
                int limit = WIDTH - indent.length();
                int at = Math.max(rest.lastIndexOf("; ", limit), rest.lastIndexOf(", ", limit));
                if (at <= 0) {
                    break;
                }
                out.append(indent).append(rest, 0, at + 1).append('\n');
                rest = rest.substring(at + 2);
                indent = "  ";
            }
            out.append(indent).append(rest);
        }
        return out.toString();
    }
}
