package dev.northstar.roadmap;

import dev.northstar.common.InvalidInputException;

/** The two views of a roadmap, as {@code ?view=} spells them. */
public enum RoadmapView {
    NOW_NEXT_LATER("now-next-later"),
    TIMELINE("timeline");

    private final String key;

    RoadmapView(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static RoadmapView parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return NOW_NEXT_LATER;
        }
        for (RoadmapView v : values()) {
            if (v.key.equalsIgnoreCase(value.strip()) || v.name().equalsIgnoreCase(value.strip())) {
                return v;
            }
        }
        throw new InvalidInputException(field, "view must be now-next-later or timeline");
    }
}
