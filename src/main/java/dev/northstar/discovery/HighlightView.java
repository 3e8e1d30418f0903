package dev.northstar.discovery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A passage of a note linked as evidence to an unmet need. {@code anchored} is false when the note was
 * edited so the quote is no longer at its offsets (nor anywhere else in the note); the quote is kept.
 * {@code noteDate} and {@code customer} describe the note it came from.
 */
public record HighlightView(
        UUID id,
        UUID productId,
        UUID noteId,
        int start,
        int end,
        String quote,
        UUID needId,
        String needTitle,
        Importance importance,
        boolean anchored,
        LocalDate noteDate,
        String customer,
        UUID createdBy,
        Instant createdAt) {}
