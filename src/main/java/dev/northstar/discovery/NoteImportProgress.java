package dev.northstar.discovery;

import dev.northstar.common.InvalidInputException;
import java.util.List;

/**
 * Where an import of an uploaded file stands. {@code state}: idle (not started), running, done or
 * failed; {@code phase} while running: reading, saving or finishing. {@code errors} name the line and
 * column of every problem found when it failed (nothing was imported then).
 */
public record NoteImportProgress(
        String state,
        String phase,
        int percent,
        long saved,
        long total,
        int imported,
        List<InvalidInputException.FieldError> errors) {

    public static final NoteImportProgress IDLE = new NoteImportProgress("idle", null, 0, 0, 0, 0, List.of());
}
