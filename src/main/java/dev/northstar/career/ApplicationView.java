package dev.northstar.career;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A job application with its company, its contact and every stage change, oldest first. */
public record ApplicationView(
        UUID id,
        UUID companyId,
        String companyName,
        String role,
        String link,
        ApplicationStage stage,
        LocalDate appliedOn,
        LocalDate followUpOn,
        String notes,
        UUID contactId,
        String contactName,
        List<StageChange> history,
        Instant createdAt,
        Instant updatedAt) {

    public ApplicationView {
        history = List.copyOf(history);
    }
}
