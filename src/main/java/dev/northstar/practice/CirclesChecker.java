package dev.northstar.practice;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** CIRCLES: all seven parts present, in the words the exercise form uses as field keys. */
@Component
class CirclesChecker implements Checker {

    private record Part(String key, String missing) {}

    private static final List<Part> PARTS = List.of(
            new Part("comprehend", "Comprehend the situation: what is the product, the goal, the constraints?"),
            new Part("identify", "Identify the customer: pick one segment and say why."),
            new Part("report", "Report the customer's needs, before any solution."),
            new Part("cut", "Cut through prioritisation: which need comes first, and why?"),
            new Part("list", "List solutions: at least two or three for the chosen need."),
            new Part("evaluate", "Evaluate trade-offs: what each solution costs and risks."),
            new Part("summarize", "Summarise your recommendation and how you would measure it."));

    @Override
    public String framework() {
        return "circles";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        for (Part p : PARTS) {
            if (f.words(a, p.key(), 4, p.missing(), "Say a little more: " + p.missing())) {
                f.good(p.key(), "Present.");
            }
        }
        if (!a.list("list").isEmpty() && a.list("list").size() == 1) {
            f.weak("list", "Only one solution: list at least two, so the trade-offs have something to compare.");
        }
        return f.result(
                framework(),
                "whether the segment and the need you chose are the right ones",
                "whether the solutions are good ideas",
                "how clearly you would say it out loud");
    }
}
