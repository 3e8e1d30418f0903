package dev.northstar.decisions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A feature a decision is about: the facts when it was linked ({@code then}) and now ({@code now},
 * null once the feature is deleted; {@code featureId} is null then too, the title stays).
 */
public record LinkedFeature(UUID featureId, String title, boolean deleted, FeatureFacts then, FeatureFacts now) {

    /** Every framework scored then or now, for a "then vs now" table. */
    public List<String> frameworks() {
        Set<String> out = new LinkedHashSet<>();
        then.scores().forEach(s -> out.add(s.framework()));
        if (now != null) {
            now.scores().forEach(s -> out.add(s.framework()));
        }
        return new ArrayList<>(out);
    }
}
