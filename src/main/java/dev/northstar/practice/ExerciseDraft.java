package dev.northstar.practice;

import java.util.Map;
import java.util.UUID;

/** A new exercise before its first save: the default title and the content pre-filled from a product (if any). */
public record ExerciseDraft(
        ExerciseKind kind, String title, Map<String, Object> content, UUID productId, String productName) {}
