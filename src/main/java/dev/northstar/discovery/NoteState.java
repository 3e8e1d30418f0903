package dev.northstar.discovery;

import dev.northstar.common.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/** A note's triage state: new, then processed, then archived; processed and archived notes can be reopened. */
public enum NoteState {
    NEW,
    PROCESSED,
    ARCHIVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<NoteState> next() {
        return switch (this) {
            case NEW -> Set.of(PROCESSED, ARCHIVED);
            case PROCESSED -> Set.of(ARCHIVED, NEW);
            case ARCHIVED -> Set.of(NEW);
        };
    }

    public boolean canMoveTo(NoteState target) {
        return next().contains(target);
    }

    public static NoteState parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return NEW;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field, "unknown state '" + value.strip() + "'; use new, processed or archived");
        }
    }
}
