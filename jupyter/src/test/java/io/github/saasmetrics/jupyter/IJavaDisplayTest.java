package io.github.saasmetrics.jupyter;

import static io.github.saasmetrics.jupyter.NotebookDisplayTest.MONTHLY;
import static io.github.saasmetrics.jupyter.NotebookDisplayTest.NPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.charts.Charts;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** IJava's kernel API, JJava's in other packages: the same renderers register with its renderer. */
class IJavaDisplayTest {

    @Test
    void resultsAndLibraryChartsRenderAndOtherChartsAreLeftAlone() {
        Renderer renderer = new Renderer();
        IJavaDisplay.register(renderer);
        DisplayData nps = renderer.render(NPS);
        assertEquals(NotebookDisplay.html(NPS).orElseThrow(), nps.getData(MIMEType.TEXT_HTML));
        assertEquals(NPS.toString(), nps.getData(MIMEType.TEXT_PLAIN));
        DisplayData image = renderer.render(Charts.mrrBridge(MONTHLY));
        assertTrue(image.hasDataForType(MIMEType.IMAGE_PNG));
        assertEquals("MRR bridge by month", image.getData(MIMEType.TEXT_PLAIN));
        CategoryChart mine = new CategoryChartBuilder().width(400).height(300).title("mine").build();
        mine.addSeries("a", List.of("x"), List.of(1));
        DisplayData shown = renderer.render(mine);
        assertFalse(shown.hasDataForType(MIMEType.IMAGE_PNG));
        assertEquals(String.valueOf(mine), shown.getData(MIMEType.TEXT_PLAIN));
    }
}
