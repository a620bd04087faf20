package io.github.saasmetrics.examples.notebook;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs snippets in this JVM, as IJava's execution control does, and keeps each snippet's value as
 * the live object: JShell receives a key in place of the value's text, and {@link #take(String)}
 * hands the object back. The notebook's output is then the object's {@code toString()}, as IJava
 * renders it, and a test can compare the object itself with what the library computes.
 */
final class LiveExecutionControl extends DirectExecutionControl {

    private final Map<String, Object> values = new HashMap<>();
    private long next;

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        Object value = doitMethod.invoke(null);
        String key = "live-value-" + (++next);
        values.put(key, value);
        return key;
    }

    /**
     * The value a snippet returned.
     *
     * @param key the snippet event's value
     * @return the object, null if the snippet's value was null or the key unknown
     */
    Object take(String key) {
        return values.remove(key);
    }

    /** Forgets the values nobody took (declarations, statements). */
    void clear() {
        values.clear();
    }

    /** Hands JShell one shared control, so that the caller can reach it. */
    static final class Provider implements ExecutionControlProvider {

        private final LiveExecutionControl control;

        Provider(LiveExecutionControl control) {
            this.control = Objects.requireNonNull(control, "control");
        }

        @Override
        public String name() {
            return "live";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return control;
        }
    }
}
