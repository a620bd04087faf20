package io.github.saasmetrics.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.examples.sample.SampleData;
import io.github.saasmetrics.examples.sample.SampleDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample files are exactly what the generator writes, and read back to the same data. */
class SampleFilesTest {

    private static final Path BUNDLED = Path.of("src/main/resources/sample");

    @Test
    void regeneratingYieldsTheCommittedFilesByteForByte() throws IOException {
        Map<String, String> fresh = SampleFiles.render(SampleData.generate());
        assertEquals(SampleFiles.FILES, java.util.List.copyOf(fresh.keySet()));
        for (Map.Entry<String, String> file : fresh.entrySet()) {
            String committed = Files.readString(BUNDLED.resolve(file.getKey()), StandardCharsets.UTF_8);
            assertEquals(file.getValue(), committed, () -> file.getKey() + " differs from the generator's output;"
                    + " regenerate with: java -cp ... io.github.saasmetrics.examples.csv.SampleFiles (see examples/README.md)");
        }
    }

    @Test
    void theBundledFilesReadBackToTheGeneratedData() {
        SampleDataset generated = SampleData.generate();
        SampleDataset read = SampleFiles.readBundled();
        assertEquals(generated.customers(), read.customers());
        assertEquals(generated.subscriptions(), read.subscriptions());
        assertEquals(generated.exchangeRates(), read.exchangeRates());
        assertEquals(generated.npsResponses(), read.npsResponses());
        assertEquals(generated.csatRatings(), read.csatRatings());
        assertEquals(generated.healthObservations(), read.healthObservations());
        assertEquals(generated.valueExperiment(), read.valueExperiment());
        assertEquals(generated.churnReasons(), read.churnReasons());
        assertEquals(generated, read);
    }

    @Test
    void writeThenReadADirectory(@TempDir Path dir) {
        SampleDataset data = SampleData.generate(7);
        SampleFiles.write(data, dir);
        assertEquals(data, SampleFiles.read(dir));
    }

    @Test
    void healthAndExperimentFilesAreOptionalTheOthersAreNot(@TempDir Path dir) throws IOException {
        SampleDataset data = SampleData.generate(7);
        SampleFiles.write(data, dir);
        for (String optional : SampleFiles.OPTIONAL_FILES) {
            Files.delete(dir.resolve(optional));
        }
        SampleDataset read = SampleFiles.read(dir);
        assertEquals(java.util.List.of(), read.healthObservations());
        assertEquals(java.util.List.of(), read.valueExperiment());
        assertEquals(java.util.List.of(), read.churnReasons());
        assertEquals(data.subscriptions(), read.subscriptions());
        Files.delete(dir.resolve("csat.csv"));
        org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class, () -> SampleFiles.read(dir));
    }
}
