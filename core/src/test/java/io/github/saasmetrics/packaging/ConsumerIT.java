package io.github.saasmetrics.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that the packaged core jar works for its two kinds of consumer, with nothing else on the
 * path: neither jackson-annotations nor jsr305 is present when the consumers compile and run.
 *
 * <p>Core is an automatic module named by its manifest ({@code Automatic-Module-Name}), not an
 * explicit module: an explicit one would have to {@code requires static} jsr305, whose
 * {@code javax.annotation} package is split with other jars, and name it by its file name.
 */
class ConsumerIT {

    private static final String MAIN = """
            package consumer;

            import io.github.saasmetrics.money.Money;
            import io.github.saasmetrics.retention.CustomerRetention;
            import io.github.saasmetrics.time.ReportingPeriod;

            public class Main {
                public static void main(String[] args) throws Exception {
                    System.out.println(CustomerRetention.rate(200, 220, 40));
                    System.out.println(Money.parse("USD 12.30").plus(Money.parse("USD 0.70")));
                    System.out.println(ReportingPeriod.parse("2024-Q1").next());
                    // Reading annotations must not fail when the annotation types are absent.
                    System.out.println(Money.class.getMethod("toString").getAnnotations().length);
                    // The null contract: jsr305's package default is not seen, the library's own is.
                    System.out.println(Money.class.getPackage().getAnnotations().length);
                    // An accessor declared @Nullable compiles and runs without jsr305.
                    System.out.println(io.github.saasmetrics.surveys.NpsResponse.of("a", 9, java.time.LocalDate.of(2024, 1, 5))
                            .weight());
                    System.out.println(Main.class.getModule().isNamed() ? "module" : "class path");
                }
            }
            """;

    private final Path coreJar = Path.of(System.getProperty("core.jar"));

    @TempDir
    Path work;

    @Test
    void manifestNamesTheAutomaticModule() throws IOException {
        try (JarFile jar = new JarFile(coreJar.toFile())) {
            assertEquals("io.github.saasmetrics.core",
                    jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
    }

    @Test
    void modularConsumerCompilesAndRuns() throws Exception {
        Path src = work.resolve("src");
        write(src.resolve("module-info.java"), "module consumer { requires io.github.saasmetrics.core; }");
        write(src.resolve("consumer/Main.java"), MAIN);
        Path out = work.resolve("out");
        compile(List.of("--module-path", coreJar.toString(), "-d", out.toString(),
                src.resolve("module-info.java").toString(), src.resolve("consumer/Main.java").toString()));
        String output = run("--module-path", coreJar + File.pathSeparator + out, "-m", "consumer/consumer.Main");
        assertEquals(String.join("\n", "90.00% (180/200)", "USD 13.00", "2024-Q2", "0", "1", "null", "module"), output.strip());
    }

    @Test
    void classPathConsumerRunsWithoutTheAnnotationJars() throws Exception {
        Path src = work.resolve("src");
        write(src.resolve("consumer/Main.java"), MAIN);
        Path out = work.resolve("out");
        compile(List.of("-cp", coreJar.toString(), "-d", out.toString(), src.resolve("consumer/Main.java").toString()));
        String output = run("-cp", coreJar + File.pathSeparator + out, "consumer.Main");
        assertEquals(String.join("\n", "90.00% (180/200)", "USD 13.00", "2024-Q2", "0", "1", "null", "class path"), output.strip());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void compile(List<String> args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, err, args.toArray(String[]::new));
        assertEquals(0, rc, () -> "javac failed: " + err.toString(StandardCharsets.UTF_8));
    }

    private static String run(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), () -> "java failed: " + output);
        assertTrue(!output.contains("Exception"), output);
        return output;
    }
}
