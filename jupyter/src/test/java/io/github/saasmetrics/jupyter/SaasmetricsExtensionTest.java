package io.github.saasmetrics.jupyter;

import static io.github.saasmetrics.jupyter.NotebookDisplayTest.MONTHLY;
import static io.github.saasmetrics.jupyter.NotebookDisplayTest.NPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.charts.Charts;
import io.github.saasmetrics.survival.KaplanMeier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.ServiceLoader;
import javax.imageio.ImageIO;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * JJava installs the extension as it does in a notebook, through {@code ServiceLoader} and the
 * kernel's own {@code installExtensions}, into a kernel that runs no code: from then on its renderer
 * shows results as HTML and the library's charts as PNG, and leaves other charts alone.
 */
class SaasmetricsExtensionTest {

    /** A JJava kernel with its real renderer and nothing to evaluate. */
    static final class Kernel extends BaseKernel {

        Kernel() {
            super("test", "1", null, List.of(), null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(),
                    new Renderer(), null, null, true, new StringStyler.Builder().build());
        }

        /** What JJava does with a jar added by {@code %maven}. */
        void installExtensionsOf(ClassLoader loader) {
            installExtensions(loader);
        }

        @Override
        public Object evalRaw(String expr) {
            throw new UnsupportedOperationException("this kernel runs no code");
        }

        @Override
        public DisplayData inspect(String code, int at, boolean extraDetail) {
            return null;
        }

        @Override
        public ReplacementOptions complete(String code, int at) {
            return null;
        }

        @Override
        public String isComplete(String code) {
            return IS_COMPLETE_YES;
        }
    }

    private Kernel kernel;

    @BeforeEach
    void installTheExtension() {
        kernel = new Kernel();
        kernel.installExtensionsOf(getClass().getClassLoader());
    }

    @Test
    void jjavaFindsTheExtension() {
        assertEquals(List.of(SaasmetricsExtension.class), ServiceLoader.load(Extension.class).stream()
                .map(ServiceLoader.Provider::type).toList());
    }

    @Test
    void aResultRendersAsHtmlWithItsTextKept() {
        DisplayData table = kernel.getRenderer().render(MONTHLY);
        assertEquals(NotebookDisplay.html(MONTHLY).orElseThrow(), table.getData(MIMEType.TEXT_HTML));
        assertEquals(MONTHLY.toString(), table.getData(MIMEType.TEXT_PLAIN));
        DisplayData nps = kernel.getRenderer().render(NPS);
        assertEquals(NotebookDisplay.html(NPS).orElseThrow(), nps.getData(MIMEType.TEXT_HTML));
        assertFalse(nps.hasDataForType(MIMEType.IMAGE_PNG));
    }

    @Test
    void aLibraryChartRendersAsPngTitledInText() throws Exception {
        for (var chart : List.of(Charts.mrrBridge(MONTHLY), Charts.survivalCurve("Customer survival",
                KaplanMeier.fit(new double[] {1, 2, 3}, new boolean[] {true, false, true})))) {
            DisplayData image = kernel.getRenderer().render(chart);
            String png = (String) image.getData(MIMEType.IMAGE_PNG);
            assertTrue(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png))).getWidth() > 1000);
            assertEquals(chart.getTitle(), image.getData(MIMEType.TEXT_PLAIN));
            assertFalse(image.hasDataForType(MIMEType.TEXT_HTML));
        }
    }

    @Test
    void aChartBuiltWithXChartDirectlyIsLeftToTheKernel() {
        CategoryChart mine = new CategoryChartBuilder().width(400).height(300).title("mine").build();
        mine.addSeries("a", List.of("x"), List.of(1));
        XYChart alsoMine = new XYChartBuilder().width(400).height(300).title("mine too").build();
        for (Object chart : List.of(mine, alsoMine)) {
            DisplayData shown = kernel.getRenderer().render(chart);
            assertFalse(shown.hasDataForType(MIMEType.IMAGE_PNG), "no image from the extension");
            assertEquals(String.valueOf(chart), shown.getData(MIMEType.TEXT_PLAIN), "the kernel's plain text");
        }
    }

    /** Whoever renders XChart's own charts keeps them; the library's charts still show as images. */
    @Test
    void anotherRendererOfXChartChartsKeepsThem() {
        Renderer renderer = kernel.getRenderer();
        renderer.createRegistration(CategoryChart.class).preferring(MIMEType.TEXT_HTML)
                .register((chart, context) -> context.renderIfRequested(MIMEType.TEXT_HTML, () -> "<p>mine</p>"));
        CategoryChart mine = new CategoryChartBuilder().width(400).height(300).title("mine").build();
        assertEquals("<p>mine</p>", renderer.render(mine).getData(MIMEType.TEXT_HTML));
        DisplayData library = renderer.render(Charts.mrrBridge(MONTHLY));
        assertTrue(library.hasDataForType(MIMEType.IMAGE_PNG));
        assertFalse(library.hasDataForType(MIMEType.TEXT_HTML));
    }

    @Test
    void installingTwiceShowsTheSame() {
        new SaasmetricsExtension().install(kernel);
        DisplayData table = kernel.getRenderer().render(MONTHLY);
        assertEquals(NotebookDisplay.html(MONTHLY).orElseThrow(), table.getData(MIMEType.TEXT_HTML));
    }
}
