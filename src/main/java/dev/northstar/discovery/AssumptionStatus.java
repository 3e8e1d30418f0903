package dev.northstar.discovery;

import dev.northstar.common.InvalidInputException;
import java.util.Locale;

/** Where an assumption test stands: planned, running, or finished with the assumption validated or invalidated. */
public enum AssumptionStatus {
    PLANNED,
    RUNNING,
    VALIDATED,
    INVALIDATED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Blank means planned. */
    public static AssumptionStatus parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return PLANNED;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field, "unknown status '" + value.strip() + "'; use planned, running, validated or invalidated");
        }
    }
}
