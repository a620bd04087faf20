package io.github.saasmetrics.jupyter;

import java.util.Objects;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/**
 * The JJava kernel extension: JJava finds it through {@code META-INF/services} when this module is
 * added with {@code %maven io.github.saasmetrics:saasmetrics-jupyter:<version>} (or is on
 * {@code JJAVA_CLASSPATH}) and installs it, which registers {@link NotebookDisplay}'s renderers
 * with the kernel's renderer: one per result type, and one for {@code SaasmetricsChart}, so that
 * charts built with XChart directly are left alone.
 *
 * <p>JJava loads the extension through a class loader whose parent is the notebook's, which already
 * has the jar, so the types registered here are the notebook's own. The extension adds no imports:
 * a notebook imports {@code io.github.saasmetrics.charts.Charts} (or {@code charts.*}) itself.
 *
 * <p>With extensions turned off ({@code JJAVA_LOAD_EXTENSIONS=false}), a notebook cell installs it by
 * hand:
 * <pre>
 * new io.github.saasmetrics.jupyter.SaasmetricsExtension().install(org.dflib.jjava.jupyter.kernel.BaseKernel.notebookKernel());
 * </pre>
 */
public final class SaasmetricsExtension implements Extension {

    /** Creates the extension; JJava does, through {@code java.util.ServiceLoader}. */
    public SaasmetricsExtension() {
    }

    @Override
    public void install(BaseKernel kernel) {
        register(Objects.requireNonNull(kernel, "kernel").getRenderer());
    }

    /**
     * Registers the renderers of every {@link NotebookDisplay#types() type} with a JJava renderer.
     *
     * @param renderer the renderer, such as a kernel's {@code getRenderer()}, not null
     */
    public static void register(Renderer renderer) {
        Objects.requireNonNull(renderer, "renderer");
        NotebookDisplay.ALL.forEach(rendering -> register(renderer, rendering));
    }

    private static <T> void register(Renderer renderer, Rendering<T> rendering) {
        renderer.createRegistration(rendering.type())
                .preferring(rendering.mime(), NotebookDisplay.TEXT)
                .register((value, context) -> rendering.bundle(value).forEach((mime, content) ->
                        context.renderIfRequested(MIMEType.parse(mime), () -> content)));
    }
}
