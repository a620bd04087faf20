package io.github.saasmetrics.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the project's version, which the build writes into {@value #RESOURCE}, and the
 * Java runtime's.
 *
 * <p>This class is stateless, immutable and thread-safe.
 */
final class CliVersion implements IVersionProvider {

    /** The class-path resource with the version, filtered by Maven from {@code src/main/resources-filtered}. */
    static final String RESOURCE = "/io/github/saasmetrics/examples/cli/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"saasmetrics " + version(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }

    /**
     * The project's version.
     *
     * @return the version, such as {@code 0.1.0}, not null
     */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = CliVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "(unknown version: " + RESOURCE + " is not on the class path)";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
