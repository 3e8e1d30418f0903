package dev.northstar.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * AARM / AARRR funnel: the chosen model, a row with a definition and a measurable metric for each of its stages,
 * activation defined as a moment of value rather than the sign-up, and the biggest leak named.
 */
@Component
class AarrrChecker implements Checker {

    static final List<String> AARM = List.of("acquisition", "activation", "retention", "monetization");
    static final List<String> AARRR = List.of("acquisition", "activation", "retention", "referral", "revenue");
    private static final Pattern SIGNUP = Pattern.compile(
            "^\\W*(signs? ?up|signed up|registers?|registered|creates? an account|installs?|downloads?)\\W*$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String framework() {
        return "aarrr";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        f.require(a, "product", "Name the product whose funnel you map.");
        String model = a.text("model").toLowerCase(java.util.Locale.ROOT);
        List<String> stages = model.equals("aarm") ? AARM : AARRR;
        if (model.isEmpty()) {
            f.missing("model", "Choose AARM or AARRR.");
        }
        List<Map<String, Object>> rows = a.rows("stages");
        Map<String, Integer> seen = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            String stage = canonical(ExerciseAnswer.cell(row, "stage"), stages);
            String n = stage.isEmpty() ? "Row " + (i + 1) : capitalise(stage);
            if (stage.isEmpty()) {
                f.missing(ExerciseAnswer.at("stages", i, "stage"), n + ": choose its stage.");
                ok = false;
            } else if (!model.isEmpty() && !stages.contains(stage)) {
                f.weak(
                        ExerciseAnswer.at("stages", i, "stage"),
                        n + " is not a stage of " + model.toUpperCase(java.util.Locale.ROOT) + "; switch the model"
                                + " or drop the row.");
                ok = false;
            } else if (seen.containsKey(stage)) {
                f.weak(ExerciseAnswer.at("stages", i, "stage"), n + " appears twice: merge the rows.");
                ok = false;
            }
            seen.putIfAbsent(stage, i);
            String definition = ExerciseAnswer.cell(row, "definition");
            if (definition.isEmpty()) {
                f.missing(ExerciseAnswer.at("stages", i, "definition"), n + ": say what counts as reaching it.");
                ok = false;
            } else if (stage.equals("activation") && SIGNUP.matcher(definition).matches()) {
                f.weak(
                        ExerciseAnswer.at("stages", i, "definition"),
                        "Activation is the first moment of real value, not the sign-up: what does a new user do"
                                + " that shows they got it?");
                ok = false;
            }
            String metric = ExerciseAnswer.cell(row, "metric");
            if (metric.isEmpty()) {
                f.missing(ExerciseAnswer.at("stages", i, "metric"), n + ": name the metric you watch.");
                ok = false;
            } else {
                ok &= f.metric(ExerciseAnswer.at("stages", i, "metric"), metric, false);
            }
        }
        List<String> absent = stages.stream()
                .filter(s -> !seen.containsKey(s))
                .map(AarrrChecker::capitalise)
                .toList();
        if (!absent.isEmpty() && !model.isEmpty()) {
            f.missing("stages", "No row yet for " + String.join(", ", absent) + ".");
        } else if (rows.isEmpty()) {
            f.missing("stages", "Add a row for each stage of the model.");
        } else if (ok) {
            f.good("stages", "Every stage defined and measured.");
        }
        if (f.words(
                a,
                "biggestLeak",
                6,
                "Say where you expect the biggest drop and what you would try first.",
                "Say which stage leaks most, why you think so, and what you would try.")) {
            f.good("biggestLeak", "A place to start.");
        }
        return f.result(
                framework(),
                "Whether the definitions match how the product's data is recorded",
                "Where the funnel really leaks: that needs the numbers");
    }

    /** AARM calls the last stage monetization, AARRR revenue: accept either for the model chosen. */
    private static String canonical(String stage, List<String> stages) {
        String s = stage.toLowerCase(java.util.Locale.ROOT);
        if (s.equals("revenue") && stages.contains("monetization")) {
            return "monetization";
        }
        if (s.equals("monetization") && stages.contains("revenue")) {
            return "revenue";
        }
        return s;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
