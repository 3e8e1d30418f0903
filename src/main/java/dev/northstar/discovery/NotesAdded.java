package dev.northstar.discovery;

import java.util.List;
import java.util.UUID;

/** Notes were added to a product's inbox (one from a form, many from an import). */
public record NotesAdded(UUID productId, List<UUID> noteIds) {}
