package io.github.saasmetrics.retention;

import io.github.saasmetrics.limits.Limits;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a customer left: a category, and whether the churn was voluntary or involuntary.
 *
 * <p><b>The default categories</b> ({@link #defaults()}), in report order: {@link #PRICE},
 * {@link #MISSING_FEATURE}, {@link #POOR_FIT}, {@link #COMPETITOR}, {@link #SUPPORT},
 * {@link #LOW_USAGE} (unused, low engagement), {@link #CHAMPION_LEFT}, {@link #BUSINESS_CLOSED},
 * {@link #PAYMENT_FAILURE} (the one involuntary reason) and {@link #OTHER}. These are the reasons
 * exit surveys and customer-success notes most often give; use {@link #of(String, ChurnType)} for
 * your own categories, such as {@code of("onboarding", VOLUNTARY)} or {@code of("card expired",
 * INVOLUNTARY)}.
 *
 * <p>Categories are compared exactly; a default category's name always means the default reason
 * (a user reason named {@code payment failure} but voluntary is rejected). The text form is the
 * category, followed by {@code (involuntary)} or {@code (voluntary)} when the type is not that of
 * a default of the same name: {@code price}, {@code payment failure}, {@code card expired
 * (involuntary)}; {@link #parse(CharSequence)} reads it back, and a bare unknown category is
 * voluntary.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param category the category, not null, not blank, without leading or trailing spaces
 * @param type voluntary or involuntary, not null
 */
public record ChurnReason(String category, ChurnType type) {

    /** Too expensive for the value received. */
    public static final ChurnReason PRICE = new ChurnReason("price", ChurnType.VOLUNTARY);
    /** A needed feature is missing. */
    public static final ChurnReason MISSING_FEATURE = new ChurnReason("missing feature", ChurnType.VOLUNTARY);
    /** The product does not fit the customer's needs or use case. */
    public static final ChurnReason POOR_FIT = new ChurnReason("poor fit", ChurnType.VOLUNTARY);
    /** Moved to a competitor. */
    public static final ChurnReason COMPETITOR = new ChurnReason("competitor", ChurnType.VOLUNTARY);
    /** Unhappy with support or service. */
    public static final ChurnReason SUPPORT = new ChurnReason("support", ChurnType.VOLUNTARY);
    /** The product went unused: low engagement. */
    public static final ChurnReason LOW_USAGE = new ChurnReason("low usage", ChurnType.VOLUNTARY);
    /** The champion or key contact left the customer's company. */
    public static final ChurnReason CHAMPION_LEFT = new ChurnReason("champion left", ChurnType.VOLUNTARY);
    /** The customer's business closed. */
    public static final ChurnReason BUSINESS_CLOSED = new ChurnReason("business closed", ChurnType.VOLUNTARY);
    /** A payment failed and was not recovered: involuntary churn. */
    public static final ChurnReason PAYMENT_FAILURE = new ChurnReason("payment failure", ChurnType.INVOLUNTARY);
    /** Any other reason. */
    public static final ChurnReason OTHER = new ChurnReason("other", ChurnType.VOLUNTARY);

    private static final List<ChurnReason> DEFAULTS = List.of(PRICE, MISSING_FEATURE, POOR_FIT, COMPETITOR, SUPPORT,
            LOW_USAGE, CHAMPION_LEFT, BUSINESS_CLOSED, PAYMENT_FAILURE, OTHER);

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the category is blank or padded, or names a default reason with the
     *     other type
     */
    public ChurnReason {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(type, "type");
        if (category.isBlank() || !category.equals(category.strip())) {
            throw new IllegalArgumentException("category must not be blank or padded but was '" + Limits.quote(category) + "'");
        }
        if (DEFAULTS != null) {
            for (ChurnReason d : DEFAULTS) {
                if (d.category.equals(category) && d.type != type) {
                    throw new IllegalArgumentException("category '" + Limits.quote(category) + "' is a default reason, which is "
                            + d.type + ", not " + type);
                }
            }
        }
    }

    /**
     * A reason of your own.
     *
     * @param category the category, not blank, not padded
     * @param type voluntary or involuntary, not null
     * @return the reason, not null
     * @throws IllegalArgumentException if the category is blank or names a default reason with the other type
     */
    public static ChurnReason of(String category, ChurnType type) {
        return new ChurnReason(category, type);
    }

    /**
     * The default reasons, in report order.
     *
     * @return the ten default reasons, not null, unmodifiable
     */
    public static List<ChurnReason> defaults() {
        return DEFAULTS;
    }

    /**
     * The default reason of a category.
     *
     * @param category the category, not null
     * @return the default reason, empty if the category is not a default one; not null
     */
    public static Optional<ChurnReason> named(String category) {
        Objects.requireNonNull(category, "category");
        return DEFAULTS.stream().filter(d -> d.category.equals(category)).findFirst();
    }

    /**
     * Whether this is one of the default reasons.
     *
     * @return true for a default reason
     */
    public boolean standard() {
        return DEFAULTS.contains(this);
    }

    /**
     * Reads the text form: a category, optionally followed by {@code (voluntary)} or
     * {@code (involuntary)}; a bare category is the default reason of that name, or a voluntary
     * reason of your own.
     *
     * @param text the text, not null
     * @return the reason, not null
     * @throws IllegalArgumentException if the text is blank or contradicts a default reason
     */
    public static ChurnReason parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString().strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (ChurnType t : ChurnType.values()) {
            String suffix = "(" + t.name().toLowerCase(Locale.ROOT) + ")";
            if (lower.endsWith(suffix)) {
                return new ChurnReason(s.substring(0, s.length() - suffix.length()).strip(), t);
            }
        }
        return named(s).orElseGet(() -> new ChurnReason(s, ChurnType.VOLUNTARY));
    }

    /**
     * The text form: the category, with the type in parentheses unless it is implied (a default
     * reason, or a voluntary reason of your own).
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return standard() || type == ChurnType.VOLUNTARY ? category
                : category + " (" + type.name().toLowerCase(Locale.ROOT) + ")";
    }
}
