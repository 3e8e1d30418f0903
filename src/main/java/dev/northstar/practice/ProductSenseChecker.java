package dev.northstar.practice;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Product sense: a chosen segment with a reason, needs stated before solutions, trade-offs named, a recommendation.
 */
@Component
class ProductSenseChecker implements Checker {

    @Override
    public String framework() {
        return "product-sense";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        if (f.require(
                a, "segment", "Choose one segment to serve first; an answer for everyone is an answer for no one.")) {
            String vague = ExerciseWording.vagueAudience(a.text("segment"));
            if (vague != null) {
                f.weak("segment", vague);
            } else {
                f.good("segment", "A specific segment.");
            }
        }
        if (f.words(
                a,
                "reason",
                5,
                "Say why this segment: its size, its pain, or the strategy it serves.",
                "The reason is very short: why this segment rather than another?")) {
            f.good("reason", "The choice is argued.");
        }
        boolean needs = !a.list("needs").isEmpty();
        if (!needs) {
            f.missing("needs", "List the segment's needs or pains before any solution.");
        } else {
            f.good("needs", a.list("needs").size() + " needs stated before solutions.");
        }
        if (a.list("solutions").isEmpty()) {
            f.missing("solutions", "Propose solutions for the need you put first.");
        } else if (!needs) {
            f.weak("solutions", "Solutions without needs: say which need each one answers.");
        } else if (a.list("solutions").size() < 2) {
            f.weak("solutions", "Only one solution: offer two or three so you can compare them.");
        } else {
            f.good("solutions", a.list("solutions").size() + " solutions to compare.");
        }
        if (f.words(
                a,
                "tradeoffs",
                6,
                "Name the trade-offs: what each solution costs, risks or leaves out.",
                "The trade-offs are thin: compare at least two solutions on effort, impact and risk.")) {
            f.good("tradeoffs", "Trade-offs named.");
        }
        if (f.words(
                a,
                "recommendation",
                5,
                "End with a recommendation: what you would build first and how you would know it worked.",
                "Make the recommendation concrete: which solution, and the metric that would show it worked.")) {
            f.good("recommendation", "A recommendation.");
        }
        return f.result(
                framework(),
                "whether the segment and needs are the right ones for the business",
                "whether the solutions are good or feasible",
                "the creativity and depth an interviewer looks for");
    }
}
