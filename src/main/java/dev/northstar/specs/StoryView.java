package dev.northstar.specs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A story as read: its parts by name ({@code role}, {@code capability}, {@code benefit} or
 * {@code situation}, {@code motivation}, {@code outcome}), the sentence they make, its criteria in
 * order and its place among the feature's stories.
 */
public record StoryView(
        UUID id,
        UUID productId,
        UUID featureId,
        String featureTitle,
        StoryKind kind,
        Map<String, String> parts,
        String text,
        List<Criterion> criteria,
        StoryStatus status,
        Double estimate,
        int position,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    static Map<String, String> parts(StoryKind kind, String first, String second, String third) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(kind.parts().get(0), first);
        m.put(kind.parts().get(1), second);
        m.put(kind.parts().get(2), third);
        return m;
    }

    public String part(int i) {
        return parts.get(kind.parts().get(i));
    }

    public StoryInput input() {
        return new StoryInput(featureId, kind, part(0), part(1), part(2), criteria, status, estimate);
    }
}
