package dev.northstar.career;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A job application as entered. The company is {@code companyId} or a {@code company} name (matched any case, or
 * created); {@code contactId} optionally names the contact who referred or helps. A null stage is the wishlist.
 */
public record ApplicationInput(
        UUID companyId,
        String company,
        String role,
        String link,
        ApplicationStage stage,
        LocalDate appliedOn,
        LocalDate followUpOn,
        String notes,
        UUID contactId) {}
