package dev.northstar.prioritization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A piece of evidence a feature cites, resolved for reading: the quote of a highlight or the title of
 * a need or opportunity; {@code importance} (nice-to-have, important, critical) for highlights and needs;
 * for a highlight also the date and customer of the note it came from.
 */
public record EvidenceLink(
        EvidenceKind kind,
        UUID refId,
        String title,
        String importance,
        LocalDate noteDate,
        String customer,
        UUID noteId,
        Instant linkedAt) {}
