package dev.northstar.practice;

import dev.northstar.common.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * RACI matrix: every task has exactly one Accountable and at least one Responsible (the exercises refuse to save a
 * matrix that breaks this); few Consulted; everyone listed has a part; nobody is Accountable for nearly everything.
 */
@Component
class RaciChecker implements Checker {

    static final int MANY_CONSULTED = 3;

    @Override
    public String framework() {
        return "raci";
    }

    /** The rule a saved matrix must keep, for one row: field errors naming {@code rowAt}.accountable/.responsible. */
    static List<FieldError> violations(String rowAt, int index, String task, Map<String, Object> roles) {
        List<FieldError> out = new ArrayList<>();
        List<String> accountable = holders(roles, "A");
        String row = rowName(index, task);
        if (accountable.size() != 1) {
            out.add(new FieldError(
                    rowAt + ".accountable",
                    row + " needs exactly one Accountable (A); it has "
                            + (accountable.isEmpty()
                                    ? "none"
                                    : accountable.size() + ": " + String.join(", ", accountable))));
        }
        if (holders(roles, "R").isEmpty()) {
            out.add(new FieldError(rowAt + ".responsible", row + " needs at least one Responsible (R); it has none"));
        }
        return out;
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        if (!a.has("project")) {
            f.weak("project", "Name the project or launch, so the tasks have a context.");
        }
        List<String> people = a.list("people");
        if (people.isEmpty()) {
            f.missing("people", "List the people or roles involved; they become the columns.");
        } else if (people.size() < 2) {
            f.weak("people", "One person cannot share out work: add everyone who does, decides or needs to know.");
        } else {
            f.good("people", people.size() + " people or roles.");
        }
        List<Map<String, Object>> rows = a.rows("rows");
        if (rows.isEmpty()) {
            f.missing("rows", "Add the tasks, one per row, and a letter for each person involved.");
        }
        Map<String, Integer> roleCount = new LinkedHashMap<>();
        Map<String, Integer> accountableCount = new LinkedHashMap<>();
        int complete = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            String task = ExerciseAnswer.cell(row, "task");
            Map<String, Object> roles = roles(row);
            roles.forEach((person, letter) -> roleCount.merge(person, 1, Integer::sum));
            holders(roles, "A").forEach(p -> accountableCount.merge(p, 1, Integer::sum));
            boolean ok = true;
            if (task.isEmpty()) {
                f.missing(
                        ExerciseAnswer.at("rows", i, "task"),
                        rowName(i, task) + " has no task: say what is to be done.");
                ok = false;
            }
            for (FieldError e : violations(ExerciseAnswer.at("rows", i), i, task, roles)) {
                f.missing(e.field(), e.message());
                ok = false;
            }
            List<String> consulted = holders(roles, "C");
            if (consulted.size() > MANY_CONSULTED) {
                f.weak(
                        ExerciseAnswer.at("rows", i, "consulted"),
                        rowName(i, task) + " consults " + consulted.size()
                                + " people: every one slows the decision; inform some of them instead.");
                ok = false;
            }
            if (ok) {
                complete++;
            }
        }
        if (!rows.isEmpty() && complete == rows.size()) {
            f.good("rows", "Every task has one Accountable and at least one Responsible.");
        }
        for (int j = 0; j < people.size(); j++) {
            String person = people.get(j);
            if (!rows.isEmpty() && !roleCount.containsKey(person)) {
                f.weak(
                        ExerciseAnswer.at("people", j),
                        person + " has no letter in any task: give them a part or leave them out.");
            }
            int owned = accountableCount.getOrDefault(person, 0);
            if (rows.size() >= 3 && owned * 3 > rows.size() * 2) {
                f.weak(
                        ExerciseAnswer.at("people", j),
                        person + " is Accountable for " + owned + " of " + rows.size()
                                + " tasks: can one person really own all of them?");
            }
        }
        return f.result(
                framework(),
                "Whether the people named have the time and authority the letters give them",
                "Whether the task list is complete for the project");
    }

    static Map<String, Object> roles(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (row.get("roles") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                String letter = ExerciseAnswer.text(v).toUpperCase(java.util.Locale.ROOT);
                if (!letter.isEmpty()) {
                    out.put(String.valueOf(k), letter);
                }
            });
        }
        return out;
    }

    private static List<String> holders(Map<String, Object> roles, String letter) {
        return roles.entrySet().stream()
                .filter(e -> letter.equalsIgnoreCase(ExerciseAnswer.text(e.getValue())))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static String rowName(int index, String task) {
        return "Row " + (index + 1) + (task == null || task.isBlank() ? "" : " (" + ExerciseFindings.quote(task) + ")");
    }
}
