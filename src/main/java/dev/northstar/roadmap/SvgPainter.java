package dev.northstar.roadmap;

import java.util.Locale;

/** Writes a {@link Drawing} as standalone SVG; every text is XML-escaped. */
final class SvgPainter {

    private SvgPainter() {}

    static String svg(Drawing d) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(d.width)
                .append("\" height=\"")
                .append(d.height)
                .append("\" viewBox=\"0 0 ")
                .append(d.width)
                .append(' ')
                .append(d.height)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
        for (Drawing.Shape shape : d.shapes) {
            switch (shape) {
                case Drawing.Box b ->
                    s.append(String.format(
                            Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" fill=\"%s\"%s/>%n",
                            b.x(),
                            b.y(),
                            b.w(),
                            b.h(),
                            b.radius(),
                            b.fill() == null ? "none" : b.fill(),
                            b.stroke() == null ? "" : " stroke=\"" + b.stroke() + "\""));
                case Drawing.Label l ->
                    s.append(String.format(
                            Locale.ROOT,
                            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\"%s fill=\"%s\">%s</text>%n",
                            l.x(),
                            l.y(),
                            l.size(),
                            l.bold() ? " font-weight=\"bold\"" : "",
                            l.color(),
                            escape(l.text())));
                case Drawing.Rule r ->
                    s.append(String.format(
                            Locale.ROOT,
                            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>%n",
                            r.x1(),
                            r.y1(),
                            r.x2(),
                            r.y2(),
                            r.color(),
                            r.dashed() ? " stroke-dasharray=\"4 3\"" : ""));
            }
        }
        return s.append("</svg>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
