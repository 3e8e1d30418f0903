package dev.northstar.discovery;

import java.time.Instant;
import java.util.UUID;

/** A persona or segment as stored, with how many unmet needs are linked to it; {@code version} guards edits. */
public record PersonaView(
        UUID id,
        UUID productId,
        PersonaKind kind,
        String name,
        String summary,
        String feelings,
        String thoughts,
        String motivations,
        String influences,
        String behaviours,
        String goals,
        String preferences,
        String frustrations,
        int needCount,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** The same content as an input, as a starting point for an edit. */
    public PersonaInput input() {
        return new PersonaInput(
                kind,
                name,
                summary,
                feelings,
                thoughts,
                motivations,
                influences,
                behaviours,
                goals,
                preferences,
                frustrations);
    }

    /** One descriptive part by its name in {@link PersonaInput#TEXT_FIELDS}. */
    public String text(String field) {
        return input().text(field);
    }
}
