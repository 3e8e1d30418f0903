package dev.northstar.practice;

import java.util.Map;
import java.util.UUID;

/**
 * What starts an exercise: its kind, an optional title (a default is made from the kind and product), the content
 * (null or partial is fine: a draft), and optionally a product of the user's workspaces to pre-fill from.
 */
public record NewExercise(ExerciseKind kind, String title, Map<String, Object> content, UUID productId) {}
