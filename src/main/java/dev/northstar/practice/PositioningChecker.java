package dev.northstar.practice;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Positioning statement in Moore's parts: all seven present; a specific target; a real alternative (there always is
 * one); a differentiation that says more than the benefit.
 */
@Component
class PositioningChecker implements Checker {

    static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("target", "Say who it is for (For …).");
        PARTS.put("need", "Say what they need (Who …).");
        PARTS.put("productName", "Name the product (The …).");
        PARTS.put("category", "Name the category customers already know (Is a …).");
        PARTS.put("benefit", "Give the key benefit (That …).");
        PARTS.put("alternative", "Name the main alternative (Unlike …).");
        PARTS.put("differentiation", "Say how the product differs (Our product …).");
    }

    private static final Set<String> NO_ALTERNATIVE = Set.of(
            "none",
            "nothing",
            "no one",
            "nobody",
            "n/a",
            "na",
            "-",
            "no competitors",
            "no competition",
            "there is none");

    @Override
    public String framework() {
        return "positioning";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        PARTS.forEach((key, message) -> f.require(a, key, message));
        String target = a.text("target");
        if (!target.isEmpty()) {
            String vague = ExerciseWording.vagueAudience(target);
            if (vague != null) {
                f.weak("target", vague);
            } else {
                f.good("target", "A specific target.");
            }
        }
        String alternative = a.text("alternative");
        if (!alternative.isEmpty()) {
            if (NO_ALTERNATIVE.contains(alternative.toLowerCase(Locale.ROOT).replaceAll("[.!]", ""))) {
                f.weak(
                        "alternative",
                        "There is always an alternative: doing nothing, a spreadsheet, email, a person they pay.");
            } else {
                f.good("alternative", "A real alternative to position against.");
            }
        }
        String differentiation = a.text("differentiation");
        if (!differentiation.isEmpty()) {
            if (differentiation.equalsIgnoreCase(a.text("benefit"))) {
                f.weak("differentiation", "The differentiation repeats the benefit: say what the alternative lacks.");
            } else if (ExerciseWording.wordCount(differentiation) < 4) {
                f.weak("differentiation", "Say concretely what it does that the alternative does not.");
            } else {
                f.good("differentiation", "Says what sets it apart.");
            }
        }
        return f.result(
                framework(),
                "Whether the target customers would agree with the benefit and the difference",
                "Whether the category is the one customers would put it in");
    }
}
