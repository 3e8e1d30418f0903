package dev.northstar.decisions;

import dev.northstar.common.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Proposed (written down, not yet agreed), accepted (in force), superseded (replaced by a later
 * decision, which the record may name). Any move is allowed: a record documents, it does not enforce.
 */
public enum DecisionStatus {
    PROPOSED,
    ACCEPTED,
    SUPERSEDED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DecisionStatus parse(String value, String field, DecisionStatus fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field,
                    "unknown status '" + value.strip() + "'; use "
                            + Arrays.stream(values()).map(DecisionStatus::label).collect(Collectors.joining(", ")));
        }
    }
}
