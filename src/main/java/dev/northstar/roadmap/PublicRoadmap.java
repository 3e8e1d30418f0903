package dev.northstar.roadmap;

/** What a share link shows: the product's name, the board and a timeline. */
public record PublicRoadmap(String productName, Board board, Timeline timeline) {}
