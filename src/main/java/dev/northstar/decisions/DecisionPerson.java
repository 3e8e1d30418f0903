package dev.northstar.decisions;

import dev.northstar.common.Checks;

/** Someone involved in a decision and their part in it ("decided", "consulted", "Head of Sales"…). */
public record DecisionPerson(String name, String role) {

    public DecisionPerson {
        name = Checks.trimToNull(name);
        role = Checks.trimToNull(role);
    }
}
