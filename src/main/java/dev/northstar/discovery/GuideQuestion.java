package dev.northstar.discovery;

import java.util.UUID;

/** A question of an interview guide, at its position (0-based). */
public record GuideQuestion(UUID id, int position, String prompt) {}
