package dev.northstar.discovery;

import java.util.List;
import java.util.UUID;

/** Notes were edited, merged or deleted; {@code removed} are gone from the inbox. */
public record NotesChanged(UUID productId, List<UUID> changed, List<UUID> removed) {}
