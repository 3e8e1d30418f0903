package dev.northstar.career;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact as entered. The company is either {@code companyId} (one of the user's companies) or {@code company}, a
 * name that is matched to an existing company (any case) or creates one; both blank means none.
 */
public record ContactInput(
        String name,
        UUID companyId,
        String company,
        String role,
        String howMet,
        String email,
        String link,
        LocalDate lastContacted,
        LocalDate followUpOn,
        String notes) {}
