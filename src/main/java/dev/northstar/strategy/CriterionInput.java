package dev.northstar.strategy;

import dev.northstar.common.Checks;

/** A criterion competitors are compared on ("Time-zone handling"), with an optional description of what good looks like. */
public record CriterionInput(String name, String description) {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 1000;

    public CriterionInput {
        name = Checks.trimToNull(name);
        description = Checks.trimToNull(description);
        Checks.start()
                .notBlank(name, "name", "Name")
                .maxLength(name, MAX_NAME, "name", "Name")
                .maxLength(description, MAX_DESCRIPTION, "description", "Description")
                .orThrow();
    }
}
