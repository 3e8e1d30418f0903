package dev.northstar.discovery;

import dev.northstar.common.InvalidInputException;
import java.util.Locale;

/** A persona is one archetypal person; a segment is a group of customers who share traits. */
public enum PersonaKind {
    PERSONA,
    SEGMENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code persona}/{@code SEGMENT} in any case; blank or unknown names the field. */
    public static PersonaKind parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "kind is required: persona or segment");
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "unknown kind '" + value.strip() + "'; use persona or segment");
        }
    }
}
