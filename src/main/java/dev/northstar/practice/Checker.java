package dev.northstar.practice;

import java.util.Map;

/**
 * A structural checker for one framework or answer form (star, carl, circles, metrics, raci, …). Answers arrive as
 * JSON-shaped maps: text fields as strings, lists as lists, tables as lists of maps. Checkers are Spring beans in
 * this package; {@link AnswerChecks} finds them by {@link #framework()}.
 */
interface Checker {

    /** The lower-case key the API names it by, e.g. "star". */
    String framework();

    CheckResult check(Map<String, Object> answer);
}
