package io.github.saasmetrics.examples.notebook;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * A JShell set up the way the IJava kernel sets up its own, for running notebook cells in a test.
 *
 * <p>As in IJava 1.3: snippets run in this JVM through a {@link jdk.jshell.execution.DirectExecutionControl},
 * so values come back as live objects; the kernel's start-up script runs first (its imports and its
 * {@code printf}); {@code display} and {@code render} exist, as no-op stubs since no kernel is
 * there to show anything; a cell is split into snippets by JShell's completion analysis, and its
 * value is the value of its last snippet when that is an expression (a bare variable name
 * included; a declaration such as {@code var x = 1;} shows nothing). A {@code %maven group:artifact:version} line, which IJava resolves from Maven
 * repositories, is replaced by adding the matching build output to the class path.
 */
final class IJavaShell implements AutoCloseable {

    /** IJava's {@code ijava-jshell-init.jshell}, less its static imports of kernel classes. */
    static final List<String> STARTUP = List.of(
            "import java.util.*;",
            "import java.io.*;",
            "import java.math.*;",
            "import java.net.*;",
            "import java.util.concurrent.*;",
            "import java.util.prefs.*;",
            "import java.util.regex.*;",
            "public void printf(String format, Object... args) { System.out.printf(format, args); }",
            // IJava's display and render talk to the kernel; here they show nothing.
            "String display(Object o) { return \"\"; }",
            "String display(Object o, String... as) { return \"\"; }",
            "Object render(Object o) { return o; }",
            "Object render(Object o, String... as) { return o; }");

    private static final Pattern MAVEN = Pattern.compile("^\\s*%maven\\s+(\\S+)\\s*$");

    /** What one cell did: its standard output and its value. */
    record CellResult(String stdout, String stderr, Object value, boolean hasValue) { }

    /** A snippet JShell rejected or that threw. */
    static final class CellFailure extends AssertionError {
        private static final long serialVersionUID = 1L;

        CellFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final LiveExecutionControl control = new LiveExecutionControl();
    private final JShell shell;
    private final Map<String, List<Path>> artifacts;

    /**
     * Starts a shell.
     *
     * @param artifacts {@code group:artifact:version} to the class-path entries that stand for it
     */
    IJavaShell(Map<String, List<Path>> artifacts) {
        this.artifacts = artifacts;
        this.shell = JShell.builder().executionEngine(new LiveExecutionControl.Provider(control), Map.of()).build();
        for (String line : STARTUP) {
            evalSnippets(line, "start-up");
        }
    }

    /**
     * Runs one cell.
     *
     * @param source the cell's source
     * @param name how to refer to the cell in failures
     * @return the cell's output and value
     * @throws CellFailure if a snippet is rejected, throws, or the cell ends incomplete
     */
    CellResult run(String source, String name) {
        StringBuilder code = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            Matcher maven = MAVEN.matcher(line);
            if (maven.matches()) {
                List<Path> entries = artifacts.get(maven.group(1));
                if (entries == null) {
                    throw new CellFailure(name + ": %maven " + maven.group(1) + " is not one of " + artifacts.keySet(),
                            null);
                }
                entries.forEach(p -> shell.addToClasspath(p.toAbsolutePath().toString()));
                code.append('\n');
            } else {
                code.append(line).append('\n');
            }
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try (PrintStream capturedOut = new PrintStream(stdout, true, StandardCharsets.UTF_8);
                PrintStream capturedErr = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            Object[] last = evalSnippets(code.toString(), name);
            capturedOut.flush();
            capturedErr.flush();
            return new CellResult(stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8),
                    last[0], last[1] != null);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Evaluates every complete snippet of the source; returns {value, non-null marker if the last had one}. */
    private Object[] evalSnippets(String source, String name) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        Object[] last = {null, null};
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(source);
        while (info.completeness().isComplete()) {
            last = evalOne(info.source(), name);
            info = analysis.analyzeCompletion(info.remaining());
        }
        if (info.completeness() != SourceCodeAnalysis.Completeness.EMPTY) {
            throw new CellFailure(name + ": incomplete input: " + info.remaining().strip(), null);
        }
        return last;
    }

    private Object[] evalOne(String snippet, String name) {
        List<SnippetEvent> events = shell.eval(snippet);
        Object[] result = {null, null};
        for (SnippetEvent event : events) {
            if (event.value() == null) {
                continue;
            }
            Object value = control.take(event.value());
            switch (event.snippet().subKind()) {
                case VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND, TEMP_VAR_EXPRESSION_SUBKIND -> {
                    result[0] = value;
                    result[1] = value == null ? null : Boolean.TRUE;
                }
                default -> {
                    result[0] = null;
                    result[1] = null;
                }
            }
        }
        control.clear();
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;
            }
            if (event.exception() != null) {
                String what = event.exception() instanceof jdk.jshell.EvalException e ? e.getExceptionClassName()
                        : event.exception().getClass().getName();
                throw new CellFailure(name + " threw " + what + ": " + event.exception().getMessage() + " in: "
                        + snippet.strip(), event.exception());
            }
            if (!event.status().isDefined()) {
                List<String> why = new ArrayList<>();
                shell.diagnostics(event.snippet()).forEach(d -> why.add(d.getMessage(Locale.ROOT)));
                throw new CellFailure(name + ": JShell rejected (" + event.status() + ") " + snippet.strip() + " " + why,
                        null);
            }
        }
        return result;
    }

    @Override
    public void close() {
        shell.close();
    }
}
