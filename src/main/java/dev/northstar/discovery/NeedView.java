package dev.northstar.discovery;

import java.time.Instant;
import java.util.UUID;

/**
 * An unmet need with the persona it belongs to (if any) and its evidence: how many highlights in
 * notes point at it, and how many of those the customer called critical.
 */
public record NeedView(
        UUID id,
        UUID productId,
        UUID personaId,
        String personaName,
        String title,
        String description,
        Importance importance,
        int evidenceCount,
        int criticalEvidenceCount,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public NeedInput input() {
        return new NeedInput(title, description, personaId, importance);
    }
}
