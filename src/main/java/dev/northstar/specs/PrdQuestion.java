package dev.northstar.specs;

import dev.northstar.common.Checks;
import java.util.UUID;

/** An open question of a PRD; resolved ones keep their answer. {@code id} is null in input. */
public record PrdQuestion(UUID id, String text, String answer, boolean resolved) {

    public PrdQuestion {
        text = Checks.trimToNull(text);
        answer = Checks.trimToNull(answer);
    }
}
