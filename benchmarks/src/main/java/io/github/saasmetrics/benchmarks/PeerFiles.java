package io.github.saasmetrics.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The peer's input files, written once per data set and reused by later runs: the shuffled rows as
 * CSV, and the same rows as Parquet (converted by DuckDB). Files are named after everything that
 * determines their content, and written under a temporary name first, so a stale or half-written
 * file is never read.
 *
 * <p>The folder is {@code saasmetrics.bench.dir} if set, else {@code saasmetrics-benchmarks} under
 * {@code java.io.tmpdir}.
 */
public final class PeerFiles {

    /** Bump when the generator or the file layout changes, so old files are not reused. */
    static final int FORMAT = 1;

    private final Path csv;
    private final Path parquet;
    private final boolean integerKeys;

    private PeerFiles(Path csv, Path parquet, boolean integerKeys) {
        this.csv = csv;
        this.parquet = parquet;
        this.integerKeys = integerKeys;
    }

    /**
     * Writes the files if they are missing.
     *
     * @param rows the rows, in the order to write them, not null
     * @param shuffleSeed the seed the rows were shuffled with (part of the file name)
     * @return the files, not null
     */
    public static PeerFiles of(CustomerMonthRows rows, long shuffleSeed) {
        return of(rows, shuffleSeed, false);
    }

    /**
     * Writes the files if they are missing, the customer column as identifiers or customer numbers.
     *
     * @param rows the rows, in the order to write them, not null
     * @param shuffleSeed the seed the rows were shuffled with (part of the file name)
     * @param integerKeys whether the customer column holds customer numbers (a warehouse's surrogate keys)
     * @return the files, not null
     */
    public static PeerFiles of(CustomerMonthRows rows, long shuffleSeed, boolean integerKeys) {
        Path dir = Path.of(System.getProperty("saasmetrics.bench.dir",
                Path.of(System.getProperty("java.io.tmpdir"), "saasmetrics-benchmarks").toString()));
        return in(dir, rows, shuffleSeed, integerKeys);
    }

    /**
     * Writes the files into a folder if they are missing.
     *
     * @param dir the folder, created if needed, not null
     * @param rows the rows, in the order to write them, not null
     * @param shuffleSeed the seed the rows were shuffled with (part of the file name)
     * @return the files, not null
     */
    public static PeerFiles in(Path dir, CustomerMonthRows rows, long shuffleSeed) {
        return in(dir, rows, shuffleSeed, false);
    }

    /**
     * Writes the files into a folder if they are missing.
     *
     * @param dir the folder, created if needed, not null
     * @param rows the rows, in the order to write them, not null
     * @param shuffleSeed the seed the rows were shuffled with (part of the file name)
     * @param integerKeys whether the customer column holds customer numbers
     * @return the files, not null
     */
    public static PeerFiles in(Path dir, CustomerMonthRows rows, long shuffleSeed, boolean integerKeys) {
        SyntheticSaas s = rows.source();
        String name = "rows-v" + FORMAT + "-" + s.customers() + "c-seed" + s.seed() + "-fx" + s.extraCurrencies()
                + "-shuffle" + shuffleSeed + (integerKeys ? "-intkeys" : "");
        try {
            Files.createDirectories(dir);
            Path csv = dir.resolve(name + ".csv");
            Path parquet = dir.resolve(name + ".parquet");
            if (!Files.exists(csv)) {
                Path tmp = dir.resolve(name + ".csv.tmp");
                rows.writeCsv(tmp, integerKeys);
                Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            if (!Files.exists(parquet)) {
                Path tmp = dir.resolve(name + ".tmp.parquet");
                Files.deleteIfExists(tmp);
                try (DuckDbPeer peer = DuckDbPeer.open(Runtime.getRuntime().availableProcessors())) {
                    peer.copyToParquet(DuckDbPeer.csvSource(csv, integerKeys), tmp);
                }
                Files.move(tmp, parquet, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return new PeerFiles(csv, parquet, integerKeys);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the peer's files in " + dir, e);
        }
    }

    /**
     * The CSV file: header {@code customer,month,mrr}.
     *
     * @return the path, not null
     */
    public Path csv() {
        return csv;
    }

    /**
     * The Parquet file, same rows in the same order.
     *
     * @return the path, not null
     */
    public Path parquet() {
        return parquet;
    }

    /**
     * Whether the customer column holds customer numbers rather than identifiers.
     *
     * @return true for the numeric-key files
     */
    public boolean integerKeys() {
        return integerKeys;
    }
}
