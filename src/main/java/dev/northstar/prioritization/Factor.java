package dev.northstar.prioritization;

import java.util.List;

/**
 * One numeric input of a score, with the values it may take: a discrete {@code scale} (Impact's
 * 3/2/1/0.5/0.25, WSJF's 1…20) or a range from {@code min} ({@code minOpen}: above, not at) to {@code max}.
 */
public record Factor(
        String name, String label, double value, double min, boolean minOpen, double max, List<Double> scale) {

    public Factor {
        scale = scale == null ? null : List.copyOf(scale);
    }

    static Factor discrete(String name, String label, double value, List<Double> scale) {
        return new Factor(name, label, value, scale.getFirst(), false, scale.getLast(), scale);
    }

    static Factor range(String name, String label, double value, double min, boolean minOpen, double max) {
        return new Factor(name, label, value, min, minOpen, max, null);
    }

    public boolean isDiscrete() {
        return scale != null;
    }

    boolean allows(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return false;
        }
        if (scale != null) {
            return scale.contains(v);
        }
        return (minOpen ? v > min : v >= min) && v <= max;
    }
}
