package dev.northstar.discovery;

import java.util.List;

/**
 * Likely duplicates of a note, best first. {@code method} says how they were found: {@code meaning}
 * (sentence embeddings; score is cosine similarity) or {@code words} (shared distinctive words, while
 * the note's embedding is still being computed; score is relative to the note itself).
 */
public record SimilarNotesResult(List<SimilarNote> items, String method) {

    public SimilarNotesResult {
        items = List.copyOf(items);
    }
}
