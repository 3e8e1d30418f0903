package dev.northstar.roadmap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Paints a {@link Drawing} with headless Java2D into a PNG, shape for shape as the SVG. */
final class PngPainter {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private PngPainter() {}

    static byte[] png(Drawing d) {
        BufferedImage image = new BufferedImage(d.width, d.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, d.width, d.height);
            for (Drawing.Shape shape : d.shapes) {
                switch (shape) {
                    case Drawing.Box b -> {
                        var r = new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), b.radius() * 2, b.radius() * 2);
                        if (b.fill() != null) {
                            g.setColor(Color.decode(b.fill()));
                            g.fill(r);
                        }
                        if (b.stroke() != null) {
                            g.setColor(Color.decode(b.stroke()));
                            g.setStroke(new BasicStroke(1f));
                            g.draw(r);
                        }
                    }
                    case Drawing.Label l -> {
                        g.setColor(Color.decode(l.color()));
                        g.setFont(new Font(
                                Font.SANS_SERIF, l.bold() ? Font.BOLD : Font.PLAIN, (int) Math.round(l.size())));
                        g.drawString(l.text(), (float) l.x(), (float) l.y());
                    }
                    case Drawing.Rule r -> {
                        g.setColor(Color.decode(r.color()));
                        g.setStroke(
                                r.dashed()
                                        ? new BasicStroke(
                                                1f,
                                                BasicStroke.CAP_BUTT,
                                                BasicStroke.JOIN_MITER,
                                                10f,
                                                new float[] {4f, 3f},
                                                0f)
                                        : new BasicStroke(1f));
                        g.draw(new Line2D.Double(r.x1(), r.y1(), r.x2(), r.y2()));
                    }
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
