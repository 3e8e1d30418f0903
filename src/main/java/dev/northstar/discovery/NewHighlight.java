package dev.northstar.discovery;

import dev.northstar.common.Checks;
import java.util.UUID;

/**
 * A passage of a note to link as evidence to an unmet need: either {@code start}/{@code end} offsets
 * (with an optional {@code quote} that must match the text there) or only the {@code quote}, which is
 * looked up in the note. Without an importance the need's own importance is used.
 */
public record NewHighlight(Integer start, Integer end, String quote, UUID needId, Importance importance) {

    public NewHighlight {
        quote = quote == null || quote.isBlank() ? null : quote;
        boolean offsets = start != null || end != null;
        Checks.start()
                .require(needId != null, "needId", "choose the unmet need this passage is evidence for")
                .require(
                        offsets || quote != null,
                        "quote",
                        "select part of the note, or give the quote or its start and end offsets")
                .require(!offsets || start != null, "start", "start is required with end")
                .require(!offsets || end != null, "end", "end is required with start")
                .orThrow();
    }

    public static NewHighlight ofQuote(String quote, UUID needId, Importance importance) {
        return new NewHighlight(null, null, quote, needId, importance);
    }
}
