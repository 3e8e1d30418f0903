package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static dev.northstar.practice.CheckerAssertions.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RaciCheckerTests {

    final RaciChecker checker = new RaciChecker();

    static Map<String, Object> row(String task, String... pairs) {
        Map<String, Object> roles = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            roles.put(pairs[i], pairs[i + 1]);
        }
        return Map.of("task", task, "roles", roles);
    }

    @Test
    void acceptsOneAccountableAndAResponsiblePerTask() {
        assertStrong(checker.check(Map.of(
                "project", "Launch of booking pages",
                "people", List.of("Priya", "Tom", "Ana"),
                "rows",
                        List.of(
                                row("Write the spec", "Priya", "A", "Tom", "C", "Ana", "R"),
                                row("Build the page", "Tom", "A", "Ana", "R", "Priya", "I"),
                                row("Announce it", "Ana", "A", "Priya", "R")))));
    }

    @Test
    void flagsTwoAccountablesNoResponsibleTooManyConsultedAndIdlePeople() {
        CheckResult r = checker.check(Map.of(
                "people", List.of("Priya", "Tom", "Ana", "Bo", "Cy", "Dee", "Eve"),
                "rows",
                        List.of(
                                row("Write the spec", "Priya", "A", "Tom", "A"),
                                row("", "Priya", "R"),
                                row(
                                        "Pricing", "Priya", "A", "Tom", "R", "Ana", "C", "Bo", "C", "Cy", "C", "Dee",
                                        "C"))));
        assertThat(levels(r))
                .containsEntry("rows[0].accountable", "missing")
                .containsEntry("rows[0].responsible", "missing")
                .containsEntry("rows[1].task", "missing")
                .containsEntry("rows[1].accountable", "missing")
                .containsEntry("rows[2].consulted", "weak")
                .containsEntry("people[6]", "weak");
        assertThat(message(r, "rows[0].accountable")).contains("Row 1").contains("has 2: Priya, Tom");
        assertThat(r.complete()).isFalse();
    }
}
