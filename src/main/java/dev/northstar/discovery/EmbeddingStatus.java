package dev.northstar.discovery;

/** How far the reading of a product's notes for meaning has come: {@code pending} notes still wait for their embedding. */
public record EmbeddingStatus(String model, long notes, long embedded, long pending) {}
