package dev.northstar.specs;

import dev.northstar.common.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a story stands: draft (being written), ready (clear enough to build: it has at least one
 * acceptance criterion), in progress, done. Any move is allowed, but every status past draft needs a
 * criterion, so "ready" means something.
 */
public enum StoryStatus {
    DRAFT,
    READY,
    IN_PROGRESS,
    DONE;

    /** {@code in-progress}: the form the API accepts and CSS classes use. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean needsCriteria() {
        return this != DRAFT;
    }

    /** Parses {@code IN_PROGRESS}, {@code in-progress} and {@code in progress} alike. */
    public static StoryStatus parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "status is required: " + choices());
        }
        try {
            return valueOf(
                    value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "unknown status '" + value.strip() + "'; use " + choices());
        }
    }

    /** Like {@link #parse} but blank gives {@code fallback}. */
    public static StoryStatus parse(String value, String field, StoryStatus fallback) {
        return value == null || value.isBlank() ? fallback : parse(value, field);
    }

    private static String choices() {
        return Arrays.stream(values()).map(StoryStatus::label).collect(Collectors.joining(", "));
    }
}
