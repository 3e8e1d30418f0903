package dev.northstar.strategy;

import dev.northstar.common.Checks;
import java.util.UUID;

/** One cell of the competitor matrix: a rating from 1 (weak) to 5 (strong) and/or a short note; both empty clears it. */
public record RatingInput(UUID criterionId, Integer rating, String note) {

    public static final int MAX_NOTE = 280;

    public RatingInput {
        note = Checks.trimToNull(note);
        Checks.start()
                .require(criterionId != null, "criterionId", "Criterion is required")
                .require(rating == null || (rating >= 1 && rating <= 5), "rating", "Rating must be from 1 to 5")
                .maxLength(note, MAX_NOTE, "note", "Note")
                .orThrow();
    }

    public boolean isEmpty() {
        return rating == null && note == null;
    }
}
