package dev.northstar.practice;

/**
 * What a mock session is drawn from: a round or a category (or one question by id), how many questions (1–10, default
 * 3) and minutes per question (1–60, default by round). Raw strings; the facade validates and names the field.
 */
public record MockRequest(String round, String category, String questionId, Integer count, Integer minutes) {}
