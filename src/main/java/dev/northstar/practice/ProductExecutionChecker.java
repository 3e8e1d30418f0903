package dev.northstar.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Product execution: a specific audience (not "everyone" or "users"), growth, engagement and monetization goals,
 * measurable business metrics, segments defined by more than demographics, complete personas, and a measurable
 * customer-benefit metric for every unmet need.
 */
@Component
class ProductExecutionChecker implements Checker {

    static final List<String> PERSONA_PARTS =
            List.of("motivations", "influences", "behaviours", "goals", "preferences", "frustrations");

    @Override
    public String framework() {
        return "product-execution";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        f.require(a, "product", "Name the product.");
        String audience = a.text("audience");
        if (audience.isEmpty()) {
            f.missing("audience", "Say who the product is for.");
        } else {
            String vague = ExerciseWording.vagueAudience(audience);
            if (vague != null) {
                f.weak("audience", vague);
            } else {
                f.good("audience", "A specific audience.");
            }
        }
        for (String goal : List.of("growth", "engagement", "monetization")) {
            if (f.require(a, goal, "Say what the business wants for " + goal + ".")) {
                f.good(goal, "Stated.");
            }
        }
        f.metrics("businessMetrics", a.list("businessMetrics"), 2, "List the business metrics for those goals.", true);

        List<Map<String, Object>> segments = a.rows("segments");
        if (segments.isEmpty()) {
            f.missing("segments", "Describe the segments: groups that behave or need differently.");
        } else {
            boolean ok = true;
            for (int i = 0; i < segments.size(); i++) {
                Map<String, Object> row = segments.get(i);
                String name = ExerciseAnswer.cell(row, "segment");
                String by = ExerciseAnswer.cell(row, "definedBy");
                String n = name.isEmpty() ? "Segment " + (i + 1) : name;
                if (by.isEmpty()) {
                    f.missing(ExerciseAnswer.at("segments", i, "definedBy"), n + ": say what defines this group.");
                    ok = false;
                } else if (ExerciseWording.demographicOnly(by) || (ExerciseWording.demographicOnly(name + " " + by))) {
                    f.weak(
                            ExerciseAnswer.at("segments", i, "definedBy"),
                            n + " is described only by age, gender, location or income: add a behaviour, a need"
                                    + " or a situation that makes them act differently.");
                    ok = false;
                }
            }
            if (ok) {
                f.good("segments", segments.size() + " segments defined beyond demographics.");
            }
        }

        List<Map<String, Object>> personas = a.rows("personas");
        List<String> personaNames = new ArrayList<>();
        if (personas.isEmpty()) {
            f.missing("personas", "Describe at least one persona.");
        } else {
            boolean ok = true;
            for (int i = 0; i < personas.size(); i++) {
                Map<String, Object> row = personas.get(i);
                String name = ExerciseAnswer.cell(row, "name");
                personaNames.add(name);
                if (name.isEmpty()) {
                    f.missing(ExerciseAnswer.at("personas", i, "name"), "Persona " + (i + 1) + ": give them a name.");
                    ok = false;
                }
                List<String> missing = PERSONA_PARTS.stream()
                        .filter(p -> ExerciseAnswer.cell(row, p).isEmpty())
                        .toList();
                if (!missing.isEmpty()) {
                    f.weak(
                            ExerciseAnswer.at("personas", i),
                            (name.isEmpty() ? "Persona " + (i + 1) : name) + " lacks " + String.join(", ", missing)
                                    + ".");
                    ok = false;
                }
            }
            if (ok) {
                f.good("personas", "Every persona is complete.");
            }
        }

        List<Map<String, Object>> needs = a.rows("needs");
        if (needs.isEmpty()) {
            f.missing("needs", "List the unmet needs, each with a customer-benefit metric.");
        } else {
            boolean ok = true;
            for (int i = 0; i < needs.size(); i++) {
                Map<String, Object> row = needs.get(i);
                String need = ExerciseAnswer.cell(row, "need");
                String n = need.isEmpty() ? "Need " + (i + 1) : ExerciseFindings.quote(need);
                if (need.isEmpty()) {
                    f.missing(ExerciseAnswer.at("needs", i, "need"), "Need " + (i + 1) + ": say what is needed.");
                    ok = false;
                }
                String persona = ExerciseAnswer.cell(row, "persona");
                if (persona.isEmpty()) {
                    f.weak(ExerciseAnswer.at("needs", i, "persona"), n + ": whose need is it?");
                    ok = false;
                } else if (!personaNames.isEmpty() && personaNames.stream().noneMatch(persona::equalsIgnoreCase)) {
                    f.weak(
                            ExerciseAnswer.at("needs", i, "persona"),
                            n + " belongs to " + ExerciseFindings.quote(persona) + ", who is not among your personas.");
                    ok = false;
                }
                String metric = ExerciseAnswer.cell(row, "customerMetric");
                if (metric.isEmpty()) {
                    f.missing(
                            ExerciseAnswer.at("needs", i, "customerMetric"),
                            n + " has no customer-benefit metric: how would you know it is met?");
                    ok = false;
                } else {
                    ok &= f.metric(ExerciseAnswer.at("needs", i, "customerMetric"), metric, false);
                }
            }
            if (ok) {
                f.good("needs", "Every need has a measurable customer-benefit metric.");
            }
        }
        return f.result(
                framework(),
                "Whether the personas and needs are true: that takes interviews and data",
                "Whether the business goals are the right ones for the company");
    }
}
