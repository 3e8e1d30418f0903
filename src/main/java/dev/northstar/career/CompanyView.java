package dev.northstar.career;

import java.time.Instant;
import java.util.UUID;

/** A company the user follows, with how many of their contacts work there and how many applications they made. */
public record CompanyView(
        UUID id,
        String name,
        String website,
        String notes,
        int contacts,
        int applications,
        Instant createdAt,
        Instant updatedAt) {}
