package dev.northstar.roadmap;

import java.util.ArrayList;
import java.util.List;

/**
 * A laid-out picture of a roadmap view in plain shapes: the SVG and PNG exports both draw this one model, so they
 * always show the same thing.
 */
final class Drawing {

    sealed interface Shape permits Box, Label, Rule {}

    record Box(double x, double y, double w, double h, String fill, String stroke, double radius) implements Shape {}

    record Label(double x, double y, String text, double size, boolean bold, String color) implements Shape {}

    record Rule(double x1, double y1, double x2, double y2, String color, boolean dashed) implements Shape {}

    final int width;
    final int height;
    final List<Shape> shapes = new ArrayList<>();

    Drawing(int width, int height) {
        this.width = width;
        this.height = height;
    }

    Drawing box(double x, double y, double w, double h, String fill, String stroke, double radius) {
        shapes.add(new Box(x, y, w, h, fill, stroke, radius));
        return this;
    }

    /** Text with its baseline at {@code y}, cut with an ellipsis to fit {@code maxWidth}. */
    Drawing label(double x, double y, String text, double size, boolean bold, String color, double maxWidth) {
        shapes.add(new Label(x, y, fit(text, size, maxWidth), size, bold, color));
        return this;
    }

    Drawing rule(double x1, double y1, double x2, double y2, String color, boolean dashed) {
        shapes.add(new Rule(x1, y1, x2, y2, color, dashed));
        return this;
    }

    /** Cuts text to roughly fit a width, at 0.56 em per character (a sans-serif average). */
    static String fit(String text, double size, double maxWidth) {
        if (text == null) {
            return "";
        }
        int max = (int) Math.floor(maxWidth / (size * 0.56));
        if (text.length() <= max || max < 2) {
            return text;
        }
        return text.substring(0, max - 1).strip() + "…";
    }
}
