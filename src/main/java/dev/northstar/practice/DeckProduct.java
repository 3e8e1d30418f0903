package dev.northstar.practice;

/** A card of the cross-training deck: a well-known product and one idea in its design worth borrowing. */
public record DeckProduct(String key, String name, String category, String audience, String what, String idea) {}
