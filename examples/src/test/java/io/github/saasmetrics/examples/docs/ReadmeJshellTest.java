package io.github.saasmetrics.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.execution.LocalExecutionControlProvider;
import org.junit.jupiter.api.Test;

/**
 * The README's Java example, pasted into {@code jshell} as it stands, runs and prints what the
 * README says it prints (the {@code text} block after the example).
 *
 * <p>Pasting is not compiling the block as a whole: jshell reads line by line and runs a snippet as
 * soon as the lines so far form a complete one, so a builder chained over lines that start with a
 * dot runs its first line alone. This test feeds the lines the same way (core's own
 * {@code DocExamplesTest} splits the whole block, which cannot see that).
 */
class ReadmeJshellTest {

    private static final Path README = Path.of("../README.md");

    @Test
    void theJavaExamplePastesIntoJshellAndPrintsWhatTheReadmeSays() throws IOException {
        List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
        int java = readme.indexOf("```java");
        assertTrue(java >= 0, "README.md has a ```java block");
        List<String> code = block(readme, java);
        int text = readme.subList(java + code.size() + 2, readme.size()).indexOf("```text");
        assertTrue(text >= 0, "a ```text block after the example says what it prints");
        List<String> printed = block(readme, java + code.size() + 2 + text);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        // Snippets run in this JVM (as core's handbook test runs them): their System.out is this one's.
        try (JShell shell = JShell.builder().executionEngine(new LocalExecutionControlProvider(), null).build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            paste(shell, code);
        } finally {
            System.setOut(stdout);
        }
        assertEquals(String.join("\n", printed) + "\n", out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    /** The lines between a fence and the next closing fence. */
    private static List<String> block(List<String> lines, int fence) {
        List<String> body = new ArrayList<>();
        for (int i = fence + 1; !lines.get(i).equals("```"); i++) {
            body.add(lines.get(i));
        }
        return body;
    }

    /** Feeds the lines as jshell reads pasted input: each complete snippet runs as soon as its last line arrives. */
    private static void paste(JShell shell, List<String> lines) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String pending = "";
        for (String line : lines) {
            pending += line + "\n";
            while (true) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                if (info.completeness() == Completeness.EMPTY) {
                    pending = "";
                    break;
                }
                if (!info.completeness().isComplete()) {
                    break;
                }
                eval(shell, info.source(), line);
                pending = info.remaining();
            }
        }
        assertTrue(pending.isBlank(), () -> "an unfinished snippet at the end: " + lines);
    }

    private static void eval(JShell shell, String snippet, String line) {
        for (SnippetEvent event : shell.eval(snippet)) {
            assertFalse(event.status() == Snippet.Status.REJECTED, () -> "jshell rejects '" + snippet.strip()
                    + "' (complete at the line '" + line + "'): " + shell.diagnostics(event.snippet())
                    .map(d -> d.getMessage(Locale.ROOT)).toList());
            if (event.exception() != null) {
                throw new AssertionError("'" + snippet.strip() + "' threw", event.exception());
            }
        }
    }
}
