package dev.northstar.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A decision record as read, with each linked feature's facts then and now. */
public record DecisionView(
        UUID id,
        UUID productId,
        String title,
        String context,
        List<DecisionOption> options,
        String decision,
        String rationale,
        List<DecisionPerson> people,
        LocalDate decidedOn,
        DecisionStatus status,
        UUID supersededBy,
        String supersededByTitle,
        List<LinkedFeature> features,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public DecisionInput input() {
        return new DecisionInput(
                title,
                context,
                options,
                decision,
                rationale,
                people,
                decidedOn,
                status,
                features.stream()
                        .filter(f -> f.featureId() != null)
                        .map(LinkedFeature::featureId)
                        .toList(),
                supersededBy);
    }
}
