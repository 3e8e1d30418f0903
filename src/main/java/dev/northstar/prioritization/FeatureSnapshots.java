package dev.northstar.prioritization;

import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What is known about features right now, for records that must keep it (decisions). */
@Service
@Transactional(readOnly = true)
public class FeatureSnapshots {

    private final Access access;
    private final Features features;

    FeatureSnapshots(Access access, Features features) {
        this.access = access;
        this.features = features;
    }

    /** The features with their scores, in the order asked; unknown ids are an error (404). Viewers and up. */
    public List<FeatureSnapshot> of(UUID productId, List<UUID> featureIds) {
        access.product(productId, Role.VIEWER);
        return featureIds.stream()
                .map(id -> new FeatureSnapshot(features.get(productId, id), List.of(), 0))
                .toList();
    }
}
