package io.github.saasmetrics.subscription;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.saasmetrics.limits.Limits;
import java.util.Comparator;
import java.util.Objects;

/**
 * What a subscription line sells: the plan itself ({@link #PLAN}), an add-on or extra seats
 * ({@link #ADD_ON}), or a kind of your own ({@code LineKind.of("USAGE_COMMIT")}), so that MRR can be
 * split by where it comes from: plan upgrades and downgrades apart from add-ons.
 *
 * <p>A subscription is a {@code PLAN} line unless it says otherwise. Kinds are compared by name,
 * exactly; the text and JSON form is the name. Kinds sort {@code PLAN}, {@code ADD_ON}, then by
 * name ({@link #ORDER}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the kind's name, not blank, without leading or trailing spaces
 */
public record LineKind(String name) {

    /** The plan (tier) a customer subscribes to: upgrades and downgrades change it. */
    public static final LineKind PLAN = new LineKind("PLAN");

    /** An add-on, extra seats or another line bought on top of the plan. */
    public static final LineKind ADD_ON = new LineKind("ADD_ON");

    /** {@code PLAN}, {@code ADD_ON}, then other kinds by name. */
    public static final Comparator<LineKind> ORDER = Comparator
            .comparingInt((LineKind k) -> k.equals(PLAN) ? 0 : k.equals(ADD_ON) ? 1 : 2).thenComparing(LineKind::name);

    /**
     * Validates the name.
     *
     * @throws IllegalArgumentException if the name is blank or padded
     */
    public LineKind {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || !name.equals(name.strip())) {
            throw new IllegalArgumentException("line kind must not be blank or padded but was '" + Limits.quote(name) + "'");
        }
    }

    /**
     * The kind of a name: {@code PLAN}, {@code ADD_ON} or a kind of your own.
     *
     * @param name the name, not blank, not padded
     * @return the kind, not null
     * @throws IllegalArgumentException if the name is blank or padded
     */
    @JsonCreator
    public static LineKind of(String name) {
        return new LineKind(name);
    }

    /**
     * The name, also the JSON form.
     *
     * @return the name, not null
     */
    @JsonValue
    @Override
    public String name() {
        return name;
    }

    /**
     * The name.
     *
     * @return the name, not null
     */
    @Override
    public String toString() {
        return name;
    }
}
