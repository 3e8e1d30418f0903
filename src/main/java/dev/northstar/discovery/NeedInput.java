package dev.northstar.discovery;

import dev.northstar.common.Checks;
import java.util.UUID;

/**
 * An unmet need in the customer's words: what they cannot do or get today. Optionally the persona or
 * segment it belongs to; importance defaults to important.
 */
public record NeedInput(String title, String description, UUID personaId, Importance importance) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_DESCRIPTION = 4000;

    public NeedInput {
        title = Checks.trimToNull(title);
        description = Checks.trimToNull(description);
        importance = importance == null ? Importance.IMPORTANT : importance;
        Checks.start()
                .notBlank(title, "title", "Title")
                .maxLength(title, MAX_TITLE, "title", "Title")
                .maxLength(description, MAX_DESCRIPTION, "description", "Description")
                .orThrow();
    }
}
