package dev.northstar.prioritization;

import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What is known about features right now, for records that must keep it (decisions). */
@Service
@Transactional(readOnly = true)
public class FeatureSnapshots {

    private final Access access;
    private final Features features;
    private final Scores scores;

    FeatureSnapshots(Access access, Features features, Scores scores) {
        this.access = access;
        this.features = features;
        this.scores = scores;
    }

    /**
     * The features with their current score in every framework they are scored in (framework key,
     * score, breakdown with the inputs) and their evidence score under the product's settings, in the
     * order asked; unknown ids are an error (404). Viewers and up.
     */
    public List<FeatureSnapshot> of(UUID productId, List<UUID> featureIds) {
        access.product(productId, Role.VIEWER);
        List<FeatureView> views =
                featureIds.stream().map(id -> features.get(productId, id)).toList();
        Map<UUID, List<ScoreSnapshot>> byFeature = new HashMap<>();
        for (ScoreRows.Stored s : scores.stored(featureIds)) {
            Map<String, Object> breakdown = new java.util.LinkedHashMap<>(s.breakdown());
            breakdown.putIfAbsent("inputs", s.inputs());
            byFeature
                    .computeIfAbsent(s.featureId(), k -> new ArrayList<>())
                    .add(new ScoreSnapshot(s.framework(), s.score(), java.util.Collections.unmodifiableMap(breakdown)));
        }
        EvidenceSettings settings = scores.settings(productId);
        Instant now = Instant.now();
        return views.stream()
                .map(v -> new FeatureSnapshot(
                        v,
                        List.copyOf(byFeature.getOrDefault(v.id(), List.of())),
                        scores.evidence(productId, v, settings, now).score()))
                .toList();
    }
}
