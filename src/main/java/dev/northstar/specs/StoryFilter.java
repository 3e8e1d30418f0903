package dev.northstar.specs;

import java.util.UUID;

/** Which stories a list shows: one feature's, one status; null means any. */
public record StoryFilter(UUID featureId, StoryStatus status) {

    public static final StoryFilter ALL = new StoryFilter(null, null);
}
