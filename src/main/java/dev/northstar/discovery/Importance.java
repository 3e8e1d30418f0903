package dev.northstar.discovery;

import dev.northstar.common.InvalidInputException;
import java.util.Locale;

/** How much an unmet need, or a piece of evidence for it, matters to the customer; from least to most. */
public enum Importance {
    NICE_TO_HAVE,
    IMPORTANT,
    CRITICAL;

    /** {@code nice-to-have}, {@code important}, {@code critical}: the form used in CSS classes and the API's docs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@code NICE_TO_HAVE}, {@code nice-to-have} and {@code nice to have} alike. */
    public static Importance parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "importance is required: nice-to-have, important or critical");
        }
        String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field, "unknown importance '" + value.strip() + "'; use nice-to-have, important or critical");
        }
    }

    /** Like {@link #parse} but blank gives {@code fallback}. */
    public static Importance parse(String value, String field, Importance fallback) {
        return value == null || value.isBlank() ? fallback : parse(value, field);
    }
}
