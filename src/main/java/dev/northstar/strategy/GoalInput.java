package dev.northstar.strategy;

import dev.northstar.common.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * An objective: what the product wants to achieve in a period ("2027 Q1", and/or start and end dates),
 * who owns it and where it stands. {@code keyResults} null leaves a goal's key results as they are on
 * update; a list replaces them (entries with the id of an existing key result change it).
 */
public record GoalInput(
        String title,
        String description,
        String period,
        LocalDate startsOn,
        LocalDate endsOn,
        String owner,
        GoalStatus status,
        List<KeyResultInput> keyResults) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_PERIOD = 50;
    public static final int MAX_OWNER = 200;
    public static final int MAX_KEY_RESULTS = 20;

    public GoalInput {
        title = Checks.trimToNull(title);
        description = Checks.trimToNull(description);
        period = Checks.trimToNull(period);
        owner = Checks.trimToNull(owner);
        status = status == null ? GoalStatus.PLANNED : status;
        keyResults = keyResults == null ? null : List.copyOf(keyResults);
        Checks.start()
                .notBlank(title, "title", "Title")
                .maxLength(title, MAX_TITLE, "title", "Title")
                .maxLength(description, MAX_DESCRIPTION, "description", "Description")
                .maxLength(period, MAX_PERIOD, "period", "Period")
                .maxLength(owner, MAX_OWNER, "owner", "Owner")
                .require(
                        startsOn == null || endsOn == null || !endsOn.isBefore(startsOn),
                        "endsOn",
                        "End date must not be before the start date")
                .require(
                        keyResults == null || keyResults.size() <= MAX_KEY_RESULTS,
                        "keyResults",
                        "A goal can have at most " + MAX_KEY_RESULTS + " key results")
                .orThrow();
    }
}
