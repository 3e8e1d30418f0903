package dev.northstar.career;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A networking event as entered, with the user's contacts met there. */
public record EventInput(String name, LocalDate heldOn, EventKind kind, String notes, List<UUID> contactIds) {

    public EventInput {
        contactIds = contactIds == null ? List.of() : List.copyOf(contactIds);
    }
}
