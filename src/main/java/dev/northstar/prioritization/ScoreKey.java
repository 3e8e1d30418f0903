package dev.northstar.prioritization;

import dev.northstar.common.InvalidInputException;
import java.util.UUID;

/**
 * Names one stored score of a feature: a framework, and for scorecards which one. Written
 * {@code rice}, {@code value-effort} or {@code scorecard-<scorecardId>} in URLs and in the database.
 */
public record ScoreKey(Framework framework, UUID scorecardId) {

    public ScoreKey {
        if (framework == null) {
            throw new InvalidInputException("framework", "framework is required: " + Framework.known());
        }
        if ((framework == Framework.SCORECARD) != (scorecardId != null)) {
            throw new InvalidInputException(
                    "framework", "a scorecard is named scorecard-{scorecardId}; other frameworks take no id");
        }
    }

    public static ScoreKey of(Framework framework) {
        return new ScoreKey(framework, null);
    }

    public static ScoreKey scorecard(UUID scorecardId) {
        return new ScoreKey(Framework.SCORECARD, scorecardId);
    }

    public static ScoreKey parse(String value, String field) {
        if (value != null && value.strip().toLowerCase(java.util.Locale.ROOT).startsWith("scorecard-")) {
            String id = value.strip().substring("scorecard-".length());
            try {
                return scorecard(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, "'" + id + "' is not a scorecard id");
            }
        }
        Framework f = Framework.parse(value, field);
        if (f == Framework.SCORECARD) {
            throw new InvalidInputException(field, "name the scorecard: scorecard-{scorecardId}");
        }
        return of(f);
    }

    public String value() {
        return scorecardId == null ? framework.key() : "scorecard-" + scorecardId;
    }

    @Override
    public String toString() {
        return value();
    }
}
