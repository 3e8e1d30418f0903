package dev.northstar.career;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person in the user's network, with when they last spoke and when to follow up. */
public record ContactView(
        UUID id,
        String name,
        UUID companyId,
        String companyName,
        String role,
        String howMet,
        String email,
        String link,
        LocalDate lastContacted,
        LocalDate followUpOn,
        String notes,
        Instant createdAt,
        Instant updatedAt) {}
