package io.github.saasmetrics.jupyter;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;

/**
 * The JJava kernel extension: JJava finds it through {@code META-INF/services} when this module is
 * added with {@code %maven io.github.saasmetrics:saasmetrics-jupyter:<version>}, imports
 * {@code io.github.saasmetrics.charts.Charts} into the notebook and registers
 * {@link NotebookDisplay}'s renderers.
 *
 * <p>The registration runs as notebook code, not here: the notebook's classes are loaded by the
 * notebook's class loader, and renderers must be registered for those classes, not for copies that
 * the kernel's own loader would make.
 */
public final class SaasmetricsExtension implements Extension {

    /** What the extension runs in the notebook when it is installed. */
    static final String STARTUP = "import io.github.saasmetrics.charts.Charts;\n"
            + "io.github.saasmetrics.jupyter.NotebookDisplay.install(getKernelInstance());\n";

    /** Creates the extension; JJava does, through {@code java.util.ServiceLoader}. */
    public SaasmetricsExtension() {
    }

    @Override
    public void install(BaseKernel kernel) {
        try {
            kernel.eval(STARTUP);
        } catch (Exception e) {
            throw new IllegalStateException("cannot install the saasmetrics renderers: " + e.getMessage(), e);
        }
    }
}
