package io.github.saasmetrics.jupyter;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.Objects;

/**
 * {@link NotebookDisplay}'s renderers for the older IJava kernel, which loads no extensions. One
 * call after the {@code %maven} lines installs them:
 * <pre>
 * io.github.saasmetrics.jupyter.IJavaDisplay.install(io.github.spencerpark.ijava.IJava.getKernelInstance());
 * </pre>
 *
 * <p>IJava's kernel API ({@code io.github.spencerpark.jupyter}) is JJava's under other package
 * names; this class registers the same renderers as {@link SaasmetricsExtension} through it. It is
 * used only in IJava, which provides those classes; a JJava notebook never loads it.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class IJavaDisplay {

    private IJavaDisplay() {
    }

    /**
     * Registers the renderers with an IJava kernel.
     *
     * @param kernel the kernel, IJava's {@code IJava.getKernelInstance()}, not null
     */
    public static void install(BaseKernel kernel) {
        register(Objects.requireNonNull(kernel, "kernel").getRenderer());
    }

    /**
     * Registers the renderers of every {@link NotebookDisplay#types() type} with an IJava renderer.
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
