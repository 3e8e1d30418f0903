package dev.northstar.discovery;

import dev.northstar.common.InvalidInputException;
import java.util.Locale;

/** Where a piece of feedback came from. */
public enum NoteSource {
    INTERVIEW,
    SURVEY,
    SUPPORT,
    SALES,
    REVIEW,
    IN_APP,
    OTHER;

    /** The lower-case, hyphenated form used in the API and CSV files ({@code in-app}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@code in-app}, {@code IN_APP}, {@code In App} alike; blank means {@code other}. */
    public static NoteSource parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return OTHER;
        }
        String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field,
                    "unknown source '" + value.strip()
                            + "'; use interview, survey, support, sales, review, in-app or other");
        }
    }
}
