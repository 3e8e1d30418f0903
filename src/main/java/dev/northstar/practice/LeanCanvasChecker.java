package dev.northstar.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Lean Canvas: the nine boxes present; up to three problems; a specific customer segment; a short value proposition;
 * measurable key metrics; an unfair advantage that cannot easily be copied or bought.
 */
@Component
class LeanCanvasChecker implements Checker {

    static final Map<String, String> BOXES = new LinkedHashMap<>();

    static {
        BOXES.put("problem", "List the top problems, up to three.");
        BOXES.put("customerSegments", "Say who has the problems.");
        BOXES.put("uniqueValueProposition", "Write the one message that makes you worth attention.");
        BOXES.put("solution", "Sketch the simplest solution to each problem.");
        BOXES.put("channels", "Say how you will reach customers.");
        BOXES.put("keyMetrics", "Name the few numbers that show the business works.");
        BOXES.put("unfairAdvantage", "Name what cannot easily be copied or bought (or say you do not have it yet).");
        BOXES.put("revenueStreams", "Say how you make money.");
        BOXES.put("costStructure", "Say what it costs to run.");
    }

    private static final Pattern COPYABLE = Pattern.compile(
            "\\b(passion|passionate|hard work|hard-working|first mover|first to market|great team|good team|"
                    + "better product|best product|quality|features?|cheaper|low price|lower price|dedication|"
                    + "commitment|experience|great ux|better ux|design)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String framework() {
        return "lean-canvas";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        BOXES.forEach((key, message) -> f.require(a, key, message));
        List<String> problems = a.list("problem");
        if (problems.size() > 3) {
            f.weak("problem", problems.size() + " problems listed: keep the top three, the rest are distractions.");
        }
        String segments = a.text("customerSegments");
        if (!segments.isEmpty()) {
            String vague = ExerciseWording.vagueAudience(segments);
            if (vague != null) {
                f.weak("customerSegments", vague);
            }
        }
        String uvp = a.text("uniqueValueProposition");
        if (ExerciseWording.wordCount(uvp) > 30) {
            f.weak("uniqueValueProposition", "Make it one short, clear message: under twenty words reads at a glance.");
        }
        List<String> metrics = a.list("keyMetrics");
        for (int i = 0; i < metrics.size(); i++) {
            String problem = ExerciseWording.unmeasurable(metrics.get(i));
            if (problem != null) {
                f.weak("keyMetrics", problem);
            }
        }
        String advantage = a.text("unfairAdvantage");
        var copyable = COPYABLE.matcher(advantage);
        if (!advantage.isEmpty() && copyable.find()) {
            f.weak(
                    "unfairAdvantage",
                    "“" + copyable.group() + "” can be copied or bought; an unfair advantage is something like insider"
                            + " knowledge, a network, a community or data others cannot get. “None yet” is an honest"
                            + " answer.");
        }
        for (String box : BOXES.keySet()) {
            if (a.has(box) && !f.hasProblem(box)) {
                f.good(box, "Filled in.");
            }
        }
        return f.result(
                framework(),
                "Whether the riskiest assumptions in the canvas hold: each needs a test with customers",
                "Whether the numbers (prices, costs) add up");
    }
}
