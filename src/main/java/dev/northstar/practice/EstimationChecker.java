package dev.northstar.practice;

import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Estimation: stated assumptions, a calculation with numbers and operators, a numeric answer, a sanity check. */
@Component
class EstimationChecker implements Checker {

    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern OPERATION = Pattern.compile(
            "\\d[%\\p{L}.,]*\\s*(?:[×*/÷+−-]|x(?=\\s))\\s*\\d|\\b(?:times|divided by|multiplied by)\\b");

    @Override
    public String framework() {
        return "estimation";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        if (f.words(
                a,
                "assumptions",
                6,
                "State your assumptions: the population, the segments, the rates you will use.",
                "Say more about the assumptions: each number you use should appear here with its reason.")) {
            if (NUMBER.matcher(a.text("assumptions")).find()) {
                f.good("assumptions", "Assumptions with numbers.");
            } else {
                f.weak("assumptions", "Put numbers on the assumptions (\"about 40% of households\").");
            }
        }
        if (f.require(a, "calculation", "Show the calculation step by step.")) {
            if (OPERATION.matcher(a.text("calculation")).find()) {
                f.good("calculation", "The arithmetic is shown.");
            } else {
                f.weak("calculation", "Show the arithmetic (\"8M households × 0.4 × 2 per year\").");
            }
        }
        if (f.require(a, "answer", "Give one final number, with its unit.")) {
            if (NUMBER.matcher(a.text("answer")).find()) {
                f.good("answer", "A final number.");
            } else {
                f.weak("answer", "The answer needs a number, with its unit.");
            }
        }
        if (f.words(
                a,
                "sanityCheck",
                5,
                "Check the answer another way: a comparison, a top-down versus bottom-up, a known figure.",
                "The sanity check is thin: compare the result with something you know.")) {
            f.good("sanityCheck", "Checked against something else.");
        }
        return f.result(
                framework(),
                "whether your assumptions are close to reality",
                "whether the final number is right",
                "whether you talked through it clearly");
    }
}
