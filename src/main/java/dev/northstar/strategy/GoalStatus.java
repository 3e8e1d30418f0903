package dev.northstar.strategy;

import dev.northstar.common.InvalidInputException;
import java.util.Locale;

/** Where an objective stands: planned, then on track / at risk / off track while it runs, then achieved, missed or dropped. */
public enum GoalStatus {
    PLANNED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    ACHIEVED,
    MISSED,
    DROPPED;

    /** {@code on-track} etc.: the API's and the CSS classes' spelling. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@code ON_TRACK}, {@code on-track} and {@code on track} alike; blank is {@link #PLANNED}. */
    public static GoalStatus parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return PLANNED;
        }
        try {
            return valueOf(
                    value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field,
                    "unknown status '" + value.strip()
                            + "'; use planned, on-track, at-risk, off-track, achieved, missed or dropped");
        }
    }
}
