package dev.northstar.prioritization;

import dev.northstar.common.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a feature is in its life, from a raw idea to measured in production (or set aside). */
public enum FeatureStatus {
    IDEA,
    CANDIDATE,
    PLANNED,
    IN_PROGRESS,
    SHIPPED,
    MEASURED,
    ARCHIVED;

    /** {@code in-progress}: the form the API accepts and CSS classes use. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@code IN_PROGRESS}, {@code in-progress} and {@code in progress} alike. */
    public static FeatureStatus parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "status is required: " + choices());
        }
        String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "unknown status '" + value.strip() + "'; use " + choices());
        }
    }

    /** Like {@link #parse} but blank gives {@code fallback}. */
    public static FeatureStatus parse(String value, String field, FeatureStatus fallback) {
        return value == null || value.isBlank() ? fallback : parse(value, field);
    }

    private static String choices() {
        return Arrays.stream(values()).map(FeatureStatus::label).collect(Collectors.joining(", "));
    }
}
