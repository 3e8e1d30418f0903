package dev.northstar.strategy;

import java.util.UUID;

/** A filled cell of the matrix: the criterion, a rating 1–5 (or null) and a note (or null). */
public record RatingView(UUID criterionId, String criterion, Integer rating, String note) {}
