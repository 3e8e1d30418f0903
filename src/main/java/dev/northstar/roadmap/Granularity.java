package dev.northstar.roadmap;

import dev.northstar.common.InvalidInputException;
import java.util.Locale;

/** How the roadmap cuts time: months or quarters. */
public enum Granularity {
    MONTH(1),
    QUARTER(3);

    private final int months;

    Granularity(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** {@code month} or {@code quarter}, as URLs and the API spell it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code month}/{@code quarter} in any case; blank gives {@code fallback}. */
    public static Granularity parse(String value, String field, Granularity fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + value.strip() + "' is not month or quarter");
        }
    }
}
