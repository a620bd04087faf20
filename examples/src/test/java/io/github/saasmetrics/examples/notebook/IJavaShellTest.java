package io.github.saasmetrics.examples.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.money.Money;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The notebook harness behaves like IJava: live values, IJava's imports only, failures on bad cells. */
class IJavaShellTest {

    private static IJavaShell shell;

    @BeforeAll
    static void start() throws Exception {
        Path core = Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        shell = new IJavaShell(Map.of("io.github.saasmetrics:saasmetrics-core:1", List.of(core)));
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    @Test
    void theLastSnippetsValueComesBackAsTheLiveObject() {
        shell.run("%maven io.github.saasmetrics:saasmetrics-core:1", "maven");
        IJavaShell.CellResult r = shell.run("var m = io.github.saasmetrics.money.Money.parse(\"USD 1.50\");\nm.times(2)",
                "cell");
        assertEquals(Money.parse("USD 3.00"), r.value());
        assertTrue(r.hasValue());
        assertFalse(shell.run("String s = \"abc\";", "cell").hasValue(), "a declaration shows nothing in IJava");
        assertEquals("abc", shell.run("s", "cell").value(), "a variable shows its live value");
    }

    @Test
    void statementsPrintAndHaveNoValue() {
        IJavaShell.CellResult r = shell.run("System.out.println(\"hi\");\nprintf(\"%d%n\", 42);", "cell");
        assertEquals("hi\n42\n", r.stdout().replace("\r\n", "\n"));
        assertFalse(r.hasValue());
        assertNull(r.value());
    }

    @Test
    void ijavaImportsAreThereAndOnlyThem() {
        assertInstanceOf(java.util.ArrayList.class, shell.run("new ArrayList<String>()", "cell").value());
        assertInstanceOf(java.math.BigDecimal.class, shell.run("new BigDecimal(\"1\")", "cell").value());
        // IJava does not import java.util.stream or java.time: a notebook must.
        assertThrows(IJavaShell.CellFailure.class, () -> shell.run("Collectors.toList()", "cell"));
        assertThrows(IJavaShell.CellFailure.class, () -> shell.run("LocalDate.of(2024, 1, 1)", "cell"));
        assertEquals("", shell.run("display(1)", "cell").value());
    }

    @Test
    void aRejectedSnippetOrAnExceptionFailsTheCell() {
        IJavaShell.CellFailure rejected = assertThrows(IJavaShell.CellFailure.class,
                () -> shell.run("int x = \"text\";", "cell 7"));
        assertTrue(rejected.getMessage().startsWith("cell 7: JShell rejected"), rejected.getMessage());
        IJavaShell.CellFailure thrown = assertThrows(IJavaShell.CellFailure.class,
                () -> shell.run("Integer.parseInt(\"x\")", "cell 8"));
        assertTrue(thrown.getMessage().contains("NumberFormatException"), thrown.getMessage());
        assertThrows(IJavaShell.CellFailure.class, () -> shell.run("int y = (1 + ", "cell 9"));
        assertThrows(IJavaShell.CellFailure.class, () -> shell.run("%maven org.example:other:1", "cell 10"));
    }
}
