package io.github.saasmetrics.hostile;

import java.util.List;
import java.util.Objects;

/**
 * One row of the hostile-input suite: a front door of the library, the kind of abuse, the call that
 * abuses it, the exception it must throw and the words its message must contain (the field and
 * the value the caller passed).
 *
 * @param door the public entry point, e.g. {@code "Money.parse"}
 * @param abuse what is wrong with the input, e.g. {@code "currency without minor unit"}
 * @param call the call, which must throw
 * @param expected the exception type it must throw (exactly this class)
 * @param named the fragments the message must contain
 */
record HostileCase(String door, String abuse, Call call, Class<? extends Throwable> expected, List<String> named) {

    /** A call that is expected to throw. */
    @FunctionalInterface
    interface Call {
        /**
         * Makes the call.
         *
         * @throws Throwable what the abused entry point throws
         */
        void run() throws Throwable;
    }

    HostileCase {
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(abuse, "abuse");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(expected, "expected");
        named = List.copyOf(named);
    }

    static HostileCase of(String door, String abuse, Class<? extends Throwable> expected, Call call,
            String... named) {
        return new HostileCase(door, abuse, call, expected, List.of(named));
    }

    @Override
    public String toString() {
        return door + ": " + abuse;
    }
}
