package dev.northstar.discovery;

import dev.northstar.common.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/** A survey is designed as a draft, opened to collect answers, closed when done (and can be reopened). */
public enum SurveyStatus {
    DRAFT,
    OPEN,
    CLOSED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<SurveyStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(OPEN);
            case OPEN -> Set.of(CLOSED);
            case CLOSED -> Set.of(OPEN);
        };
    }

    public boolean canMoveTo(SurveyStatus target) {
        return next().contains(target);
    }

    public static SurveyStatus parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "Status is required; use DRAFT, OPEN or CLOSED");
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "unknown status '" + value.strip() + "'; use DRAFT, OPEN or CLOSED");
        }
    }
}
