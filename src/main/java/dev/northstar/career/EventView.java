package dev.northstar.career;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A networking event the user attended and the contacts they met there. */
public record EventView(
        UUID id,
        String name,
        LocalDate heldOn,
        EventKind kind,
        String notes,
        List<Met> contacts,
        Instant createdAt,
        Instant updatedAt) {

    /** A contact met at the event. */
    public record Met(UUID id, String name) {}

    public EventView {
        contacts = List.copyOf(contacts);
    }
}
