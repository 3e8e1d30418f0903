package dev.northstar.practice;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A saved exercise: its kind, title and JSON-shaped content (keys as in the kind's {@link ExerciseForm}), the product
 * it started from (name as it was then; null when none), whether it is in the user's portfolio, and the version a
 * save must send back.
 */
public record ExerciseView(
        UUID id,
        ExerciseKind kind,
        String title,
        Map<String, Object> content,
        UUID productId,
        String productName,
        boolean portfolio,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public ExerciseView {
        content = content == null ? Map.of() : java.util.Collections.unmodifiableMap(content);
    }
}
