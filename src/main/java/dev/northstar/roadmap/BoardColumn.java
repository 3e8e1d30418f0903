package dev.northstar.roadmap;

import dev.northstar.common.InvalidInputException;
import dev.northstar.prioritization.FeatureStatus;
import java.util.Locale;

/**
 * The board's columns and the status each stands for. Later holds candidates only: ideas are not yet worth a place on
 * a roadmap a stakeholder reads, they stay in the feature list until someone makes them candidates.
 */
public enum BoardColumn {
    NOW("Now", FeatureStatus.IN_PROGRESS),
    NEXT("Next", FeatureStatus.PLANNED),
    LATER("Later", FeatureStatus.CANDIDATE);

    private final String label;
    private final FeatureStatus status;

    BoardColumn(String label, FeatureStatus status) {
        this.label = label;
        this.status = status;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public FeatureStatus status() {
        return status;
    }

    public static BoardColumn parse(String value, String field) {
        if (value != null) {
            for (BoardColumn c : values()) {
                if (c.name().equalsIgnoreCase(value.strip()) || c.status.label().equalsIgnoreCase(value.strip())) {
                    return c;
                }
            }
        }
        throw new InvalidInputException(field, "column must be now, next or later");
    }
}
