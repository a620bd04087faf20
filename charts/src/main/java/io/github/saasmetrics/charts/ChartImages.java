package io.github.saasmetrics.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders charts as PNG images without a display. A chart drawn at scale 2 has twice its width
 * and height in pixels, so that it stays sharp on high-density screens and in print when shown at
 * its nominal size; text stays text-sized, not outlined, which keeps a page of charts small.
 *
 * <p>The same chart gives the same bytes, however often it is drawn, on the same JDK and fonts.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class ChartImages {

    /** The scale {@link #png(Chart)} draws at. */
    public static final double DEFAULT_SCALE = 1.5;

    private ChartImages() {
    }

    /**
     * The chart as a PNG image at {@link #DEFAULT_SCALE}.
     *
     * @param chart the chart, not null
     * @return the PNG bytes, not null
     */
    public static byte[] png(Chart<?, ?> chart) {
        return png(chart, DEFAULT_SCALE);
    }

    /**
     * The chart as a PNG image drawn at a scale.
     *
     * @param chart the chart, not null
     * @param scale pixels per chart unit, from 0.25 to 4
     * @return the PNG bytes, not null
     * @throws IllegalArgumentException if the scale is out of range
     */
    public static byte[] png(Chart<?, ?> chart, double scale) {
        BufferedImage image = image(chart, scale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render chart " + chart.getTitle(), e);
        }
        return out.toByteArray();
    }

    /**
     * The chart drawn at a scale, as the PNG image holds it; for tests that read where marks are drawn.
     *
     * @param chart the chart, not null
     * @param scale pixels per chart unit, from 0.25 to 4
     * @return the image, not null
     * @throws IllegalArgumentException if the scale is out of range
     */
    static BufferedImage image(Chart<?, ?> chart, double scale) {
        Objects.requireNonNull(chart, "chart");
        if (!(scale >= 0.25 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be from 0.25 to 4 but was " + scale);
        }
        int width = (int) Math.round(chart.getWidth() * scale);
        int height = (int) Math.round(chart.getHeight() * scale);
        // XChart settles some of its layout in the first paint of a chart, so a chart's first image
        // differs by a few pixels from its later ones: paint once to settle, then draw the image.
        draw(chart, scale, new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
        return draw(chart, scale, new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
    }

    private static BufferedImage draw(Chart<?, ?> chart, double scale, BufferedImage image) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The chart as a PNG image at {@link #DEFAULT_SCALE}, base64-encoded, as notebooks and
     * {@code data:} URLs carry images.
     *
     * @param chart the chart, not null
     * @return the base64 text, not null
     */
    public static String pngBase64(Chart<?, ?> chart) {
        return Base64.getEncoder().encodeToString(png(chart));
    }
}
