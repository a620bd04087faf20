/**
 * Rich notebook display of saasmetrics results: {@link io.github.saasmetrics.jupyter.NotebookDisplay}
 * shows results as HTML tables and the library's charts
 * ({@link io.github.saasmetrics.charts.SaasmetricsChart}) as PNG images, and nothing else.
 *
 * <p>The kernels' APIs are called directly, without reflection:
 * <ul>
 *   <li><b>JJava</b> ({@code org.dflib.jjava}, compiled against {@code jjava-jupyter}, provided by
 *       the kernel): {@link io.github.saasmetrics.jupyter.SaasmetricsExtension} is a JJava
 *       {@code Extension}, found through {@code META-INF/services} when the module is added with
 *       {@code %maven}; it registers the renderers with the renderer of the kernel it is handed.
 *       It adds no imports: the notebook imports {@code io.github.saasmetrics.charts.Charts}
 *       itself.</li>
 *   <li><b>IJava</b> ({@code io.github.spencerpark.jupyter}, compiled against
 *       {@code jupyter-jvm-basekernel}, provided by the kernel): the same API under other package
 *       names, so {@link io.github.saasmetrics.jupyter.IJavaDisplay} registers the same renderers
 *       through it, on one call from the notebook:
 *       {@code io.github.saasmetrics.jupyter.IJavaDisplay.install(io.github.spencerpark.ijava.IJava.getKernelInstance());}</li>
 * </ul>
 *
 * <p>A renderer is registered per result type and one for {@code SaasmetricsChart}: a chart built
 * with XChart directly, or any other value, renders as the kernel would render it without this
 * module.
 */
package io.github.saasmetrics.jupyter;
