package dev.northstar.discovery;

import java.util.List;
import java.util.UUID;

/**
 * A note's text cut into segments at highlight boundaries, so a page can mark the highlighted parts
 * with plain escaped text (no HTML is ever built from the note), plus the note's highlights.
 */
public record HighlightedNote(UUID noteId, String text, List<Segment> segments, List<HighlightView> highlights) {

    /** A run of text starting at {@code start}; marked when highlights cover it ({@code importance} is the strongest). */
    public record Segment(int start, String text, List<UUID> highlightIds, Importance importance, String needs) {

        public boolean marked() {
            return !highlightIds.isEmpty();
        }
    }
}
