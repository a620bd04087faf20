package io.github.saasmetrics.examples.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.examples.sample.SampleData;
import io.github.saasmetrics.examples.sample.SampleDataset;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.nps.Csat;
import io.github.saasmetrics.nps.Nps;
import io.github.saasmetrics.nps.NpsScore;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.time.ReportingPeriod;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every code cell of {@code notebooks/saasmetrics.ipynb} as the IJava kernel would (see
 * {@link IJavaShell}), fails on a rejected snippet or an exception, checks that the outputs saved
 * in the notebook are those of this run, and checks the numbers the notebook shows against the
 * library called directly.
 *
 * <p>After changing a cell or the library's output, refresh the saved outputs with
 * {@code ./mvnw -B -pl examples test -Dtest=NotebookTest -Dnotebook.update=true} (after
 * {@code ./mvnw -B install -DskipTests} once, so that core is in the local repository).
 */
class NotebookTest {

    static final Path NOTEBOOK = Path.of("notebooks/saasmetrics.ipynb");
    private static final boolean UPDATE = Boolean.getBoolean("notebook.update");

    record Ran(String source, IJavaShell.CellResult result, ArrayNode outputs) { }

    private static Notebook notebook;
    private static final List<Ran> RAN = new ArrayList<>();
    private static final List<String> STALE = new ArrayList<>();

    @BeforeAll
    static void runEveryCell() throws Exception {
        notebook = Notebook.read(NOTEBOOK);
        String version = System.getProperty("project.version");
        assertTrue(version != null && !version.isBlank(), "the build passes project.version to the test");
        Map<String, List<Path>> artifacts = Map.of(
                "io.github.saasmetrics:saasmetrics-core:" + version, List.of(location(MrrLedger.class)),
                "io.github.saasmetrics:saasmetrics-examples:" + version, List.of(location(SampleData.class)));
        int count = 0;
        try (IJavaShell shell = new IJavaShell(artifacts)) {
            for (ObjectNode cell : notebook.cells()) {
                if (!Notebook.isCode(cell)) {
                    continue;
                }
                count++;
                String source = Notebook.source(cell);
                IJavaShell.CellResult result = shell.run(source, "notebook cell " + count + " (" + firstLine(source) + ")");
                ArrayNode outputs = Notebook.outputs(result, count);
                RAN.add(new Ran(source, result, outputs));
                if (!outputs.equals(cell.get("outputs")) || cell.path("execution_count").asInt(-1) != count) {
                    STALE.add("cell " + count + " (" + firstLine(source) + ")");
                    cell.set("outputs", outputs);
                    cell.put("execution_count", count);
                }
            }
        }
        if (UPDATE) {
            for (ObjectNode cell : notebook.cells()) {
                cell.set("source", Notebook.lines(Notebook.source(cell)));
            }
            notebook.write(NOTEBOOK);
        }
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String firstLine(String source) {
        String line = source.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    private static Ran cell(String fragment) {
        List<Ran> matches = RAN.stream().filter(r -> r.source().contains(fragment)).toList();
        assertEquals(1, matches.size(), () -> "exactly one cell should contain: " + fragment);
        return matches.get(0);
    }

    private static String shown(Ran ran) {
        return Notebook.text(ran.outputs().get(ran.outputs().size() - 1).path("data").path("text/plain"));
    }

    @Test
    void theNotebookIsAnIJavaNotebook() {
        ObjectNode root = notebook.root();
        assertEquals(4, root.path("nbformat").asInt());
        assertEquals("java", root.path("metadata").path("kernelspec").path("name").asText());
        assertEquals("java", root.path("metadata").path("kernelspec").path("language").asText());
        assertTrue(RAN.size() >= 20, "the notebook walks through the metrics in many cells, not " + RAN.size());
        for (Ran ran : RAN) {
            assertFalse(ran.source().isBlank(), "no empty code cells");
        }
    }

    @Test
    void theSavedOutputsAreThoseOfAFreshRun() {
        assertTrue(UPDATE || STALE.isEmpty(), () -> "saved outputs differ from a fresh run in " + STALE
                + "; refresh them with ./mvnw -B -pl examples test -Dtest=NotebookTest -Dnotebook.update=true");
    }

    @Test
    void theNumbersShownAreTheLibrarysNumbers() {
        SampleDataset data = SampleData.generate();
        MrrLedger ledger = MrrLedger.fromSubscriptions(data.subscriptions(), data.period(), MrrConventions.defaults(),
                data.rates());

        Ran total = cell("ledger.total(YearMonth.of(2024, 12))");
        assertEquals(ledger.total(YearMonth.of(2024, 12)), total.result().value());
        assertEquals(ledger.total(YearMonth.of(2024, 12)).toString(), shown(total));

        Ran monthly = cell("MrrMovements.monthly(ledger)");
        MrrBridgeTable table = assertInstanceOf(MrrBridgeTable.class, monthly.result().value());
        assertEquals(MrrMovements.monthly(ledger), table);
        assertEquals(MrrMovements.monthly(ledger).toString(), shown(monthly));

        Ran year = cell("MrrMovements.bridge(ledger, ReportingPeriod.year(2024));");
        assertEquals(MrrMovements.bridge(ledger, ReportingPeriod.year(2024)), year.result().value());
        Ran derived = cell("quick ratio");
        assertTrue(derived.result().stdout().contains("ARPA         "
                + MrrMovements.bridge(ledger, ReportingPeriod.year(2024)).arpa()), derived.result().stdout());

        assertEquals(ledger.mrr(CustomerId.of("cus_00064"), YearMonth.of(2023, 12)),
                cell("ledger.mrr(CustomerId.of(\"cus_00064\")").result().value());

        NpsScore nps = Nps.of(data.npsResponses());
        assertEquals(nps, cell("Nps.of(data.npsResponses())").result().value());
        assertEquals(nps.toString(), shown(cell("Nps.of(data.npsResponses())")));
        assertTrue(cell("nps.waldInterval(0.95)").result().stdout().contains(nps.waldInterval(0.95).toString()));
        assertEquals(Nps.quarterlyTrend(data.npsResponses()), cell("Nps.quarterlyTrend").result().value());

        assertEquals(Csat.of(data.csatAnswers()), cell("Csat.of(data.csatAnswers())").result().value());
        assertEquals(Boolean.TRUE, cell("SampleFiles.readBundled().equals(data)").result().value());
        assertTrue(cell("SubscriptionCsv.read(new StringReader(csv)").result().stdout()
                .startsWith("mine.csv line 3, column 'amount'"));
    }
}
