package dev.northstar.prioritization;

import dev.northstar.common.Checks;
import java.util.UUID;

/** Which features a list shows: a status, the children of a parent, words in the title; archived ones only when asked. */
public record FeatureFilter(FeatureStatus status, UUID parentId, String q, boolean includeArchived) {

    public static final FeatureFilter ALL = new FeatureFilter(null, null, null, true);

    public FeatureFilter {
        q = Checks.trimToNull(q);
    }
}
