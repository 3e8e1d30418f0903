package dev.northstar.practice;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Power/interest grid: each stakeholder placed (power and interest) with a way to engage that suits the quadrant:
 * manage closely, keep satisfied, keep informed or monitor.
 */
@Component
class PowerInterestChecker implements Checker {

    private static final Pattern HANDS_OFF =
            Pattern.compile("^\\W*(monitor|ignore|nothing|none|watch|inform)\\W*$", Pattern.CASE_INSENSITIVE);

    /** The usual strategy for a quadrant. */
    static String quadrant(String power, String interest) {
        boolean hp = "high".equals(power);
        boolean hi = "high".equals(interest);
        return hp && hi ? "manage closely" : hp ? "keep satisfied" : hi ? "keep informed" : "monitor";
    }

    @Override
    public String framework() {
        return "power-interest";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        f.require(a, "initiative", "Name the initiative the stakeholders care about.");
        List<Map<String, Object>> rows = a.rows("stakeholders");
        if (rows.isEmpty()) {
            f.missing("stakeholders", "List the stakeholders and place each on the grid.");
            return result(f);
        }
        Set<String> quadrants = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            String who = ExerciseAnswer.cell(row, "stakeholder");
            String n = who.isEmpty() ? "Stakeholder " + (i + 1) : who;
            if (who.isEmpty()) {
                f.missing(ExerciseAnswer.at("stakeholders", i, "stakeholder"), n + ": name them.");
                ok = false;
            }
            String power = ExerciseAnswer.cell(row, "power");
            String interest = ExerciseAnswer.cell(row, "interest");
            if (power.isEmpty()) {
                f.missing(ExerciseAnswer.at("stakeholders", i, "power"), n + ": how much power do they have?");
                ok = false;
            }
            if (interest.isEmpty()) {
                f.missing(ExerciseAnswer.at("stakeholders", i, "interest"), n + ": how interested are they?");
                ok = false;
            }
            String strategy = ExerciseAnswer.cell(row, "strategy");
            if (power.isEmpty() || interest.isEmpty()) {
                continue;
            }
            String q = quadrant(power, interest);
            quadrants.add(q);
            if (strategy.isEmpty()) {
                f.missing(
                        ExerciseAnswer.at("stakeholders", i, "strategy"),
                        n + " sits in “" + q + "”: say how you will engage them.");
                ok = false;
            } else if (q.equals("manage closely") && HANDS_OFF.matcher(strategy).matches()) {
                f.weak(
                        ExerciseAnswer.at("stakeholders", i, "strategy"),
                        n + " has high power and high interest: involve them closely, not from a distance.");
                ok = false;
            } else if (q.equals("monitor") && ExerciseWording.wordCount(strategy) > 25) {
                f.weak(
                        ExerciseAnswer.at("stakeholders", i, "strategy"),
                        n + " has little power or interest: a light touch is enough; spend the effort elsewhere.");
                ok = false;
            }
        }
        if (rows.size() >= 3 && quadrants.size() == 1) {
            f.weak("stakeholders", "Everyone is in the same quadrant: look again, the grid is for telling them apart.");
        } else if (rows.size() < 3) {
            f.weak("stakeholders", "Most initiatives touch more people: who else decides, pays or is affected?");
        } else if (ok) {
            f.good("stakeholders", rows.size() + " stakeholders placed, each with a way to engage.");
        }
        return result(f);
    }

    private CheckResult result(ExerciseFindings f) {
        return f.result(
                framework(),
                "Whether you have read each person's power and interest right: ask someone who knows them",
                "How stakeholders move between quadrants as the initiative goes on");
    }
}
