package dev.northstar.discovery;

/** A note that says much the same as another one, with how alike they are (0–1, higher is closer). */
public record SimilarNote(NoteView note, double score) {}
