package io.github.saasmetrics.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.execution.LocalExecutionControlProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Executes every worked example in {@code docs/METRICS.md}.
 *
 * <p>Each fenced block tagged {@code jshell} is run in a fresh JShell with the core classes on its
 * class path and every core package imported. A line {@code // => text} after a snippet asserts that
 * the snippet's value prints as {@code text} (JShell's rendering: strings in quotes). A rejected
 * snippet or an exception fails the example, so the handbook cannot drift from the code.
 */
class DocExamplesTest {

    private static final Path HANDBOOK = Path.of("../docs/METRICS.md");
    private static final Path CLASSES = Path.of("target/classes");
    private static final Pattern EXPECT = Pattern.compile("^\\s*//\\s*=>\\s?(.*)$");

    record Example(String heading, int line, List<String> lines) { }

    @TestFactory
    Stream<DynamicTest> everyWorkedExampleInTheHandbookHolds() throws IOException {
        List<Example> examples = parse(Files.readAllLines(HANDBOOK));
        assertFalse(examples.isEmpty(), "docs/METRICS.md has no jshell examples");
        return examples.stream().map(e -> DynamicTest.dynamicTest(
                "METRICS.md:" + e.line() + " " + e.heading(), () -> run(e)));
    }

    /** The README's code example must run as printed (its comments state what it prints). */
    @TestFactory
    Stream<DynamicTest> theReadmeExampleRuns() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("../README.md"));
        List<Example> examples = parse(readme.stream().map(l -> l.trim().equals("```java") ? "```jshell" : l).toList());
        assertFalse(examples.isEmpty(), "README.md has no java example");
        return examples.stream().map(e -> DynamicTest.dynamicTest("README.md:" + e.line(), () -> run(e)));
    }

    static List<Example> parse(List<String> doc) {
        List<Example> examples = new ArrayList<>();
        String heading = "";
        for (int i = 0; i < doc.size(); i++) {
            String line = doc.get(i);
            if (line.startsWith("#")) {
                heading = line.replaceFirst("^#+\\s*", "");
            }
            if (line.trim().equals("```jshell")) {
                int start = i + 1;
                List<String> body = new ArrayList<>();
                for (i = start; !doc.get(i).trim().equals("```"); i++) {
                    body.add(doc.get(i));
                }
                examples.add(new Example(heading, start, body));
            }
        }
        return examples;
    }

    static List<String> imports() throws IOException {
        List<String> imports = new ArrayList<>(List.of("java.time.*", "java.util.*", "java.math.*"));
        Path root = CLASSES.resolve("io/github/saasmetrics");
        try (Stream<Path> dirs = Files.walk(root)) {
            dirs.filter(Files::isDirectory).filter(d -> !d.equals(root)).sorted().forEach(d ->
                    imports.add(CLASSES.relativize(d).toString().replace('/', '.') + ".*"));
        }
        return imports;
    }

    /**
     * One shell serves every example: starting a shell costs about a second, and JShell lets a
     * later example redeclare the names an earlier one used.
     */
    private static JShell shell;

    @org.junit.jupiter.api.AfterAll
    static void closeShell() {
        if (shell != null) {
            shell.close();
            shell = null;
        }
    }

    private static JShell shell() throws IOException {
        if (shell == null) {
            shell = JShell.builder().executionEngine(new LocalExecutionControlProvider(), null).build();
            shell.addToClasspath(CLASSES.toAbsolutePath().toString());
            for (String imp : imports()) {
                eval(shell, "import " + imp + ";", 0);
            }
        }
        return shell;
    }

    private static void run(Example example) throws IOException {
        JShell shell = shell();
        StringBuilder pending = new StringBuilder();
        String lastValue = null;
        for (int i = 0; i < example.lines().size(); i++) {
            String line = example.lines().get(i);
            Matcher expect = EXPECT.matcher(line);
            int docLine = example.line() + i + 1;
            if (expect.matches()) {
                if (pending.length() > 0) {
                    lastValue = evalAll(shell, pending.toString(), docLine);
                    pending.setLength(0);
                }
                assertEquals(expect.group(1), lastValue, "METRICS.md:" + docLine);
            } else {
                pending.append(line).append('\n');
            }
        }
        if (!pending.toString().isBlank()) {
            evalAll(shell, pending.toString(), example.line());
        }
    }

    private static String evalAll(JShell shell, String source, int docLine) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = source;
        String value = null;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            assertTrue(info.completeness().isComplete(), "METRICS.md:" + docLine + " incomplete snippet: " + remaining);
            value = eval(shell, info.source(), docLine);
            remaining = info.remaining();
        }
        return value;
    }

    private static String eval(JShell shell, String snippet, int docLine) {
        String value = null;
        for (SnippetEvent event : shell.eval(snippet)) {
            if (event.exception() != null) {
                throw new AssertionError("METRICS.md:" + docLine + " threw: " + snippet.strip(), event.exception());
            }
            if (event.status() == Snippet.Status.REJECTED) {
                String why = shell.diagnostics(event.snippet())
                        .map(d -> d.getMessage(java.util.Locale.ROOT)).reduce("", (a, b) -> a + "; " + b);
                throw new AssertionError("METRICS.md:" + docLine + " rejected: " + snippet.strip() + why);
            }
            if (event.value() != null) {
                value = event.value();
            }
        }
        return value;
    }
}
