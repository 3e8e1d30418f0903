package dev.northstar.practice;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Job stories: every story has its three parts (When … I want to … so I can …); the situation is a situation, not
 * a persona; the motivation names no screen or button; the outcome adds something the motivation does not say.
 */
@Component
class JobStoriesChecker implements Checker {

    private static final Pattern PERSONA = Pattern.compile("^(when\\s+)?as an?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESIGN = Pattern.compile(
            "\\b(button|screen|page|click|tap|menu|dropdown|drop-down|tab|modal|popup|pop-up|icon|checkbox|"
                    + "toggle|link|widget|dashboard|app)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String framework() {
        return "job-stories";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        List<Map<String, Object>> stories = a.rows("stories");
        if (stories.isEmpty()) {
            f.missing("stories", "Write at least one story: When … I want to … so I can ….");
        }
        int complete = 0;
        for (int i = 0; i < stories.size(); i++) {
            Map<String, Object> row = stories.get(i);
            String n = "Story " + (i + 1);
            String situation = strip(ExerciseAnswer.cell(row, "situation"), "when");
            String motivation = strip(ExerciseAnswer.cell(row, "motivation"), "i want to");
            String outcome = strip(ExerciseAnswer.cell(row, "outcome"), "so i can");
            boolean ok = true;
            if (situation.isEmpty()) {
                f.missing(ExerciseAnswer.at("stories", i, "situation"), n + ": say when it happens (When …).");
                ok = false;
            } else if (PERSONA.matcher(situation).find()) {
                f.weak(
                        ExerciseAnswer.at("stories", i, "situation"),
                        n + " starts from a persona: describe the situation that triggers the need instead.");
                ok = false;
            } else if (situation.toLowerCase(Locale.ROOT).contains("i want to")) {
                f.weak(
                        ExerciseAnswer.at("stories", i, "situation"),
                        n + ": the situation holds the motivation too; move “I want to …” into its own part.");
                ok = false;
            }
            if (motivation.isEmpty()) {
                f.missing(
                        ExerciseAnswer.at("stories", i, "motivation"), n + ": say what they want to do (I want to …).");
                ok = false;
            } else if (DESIGN.matcher(motivation).find()) {
                f.weak(
                        ExerciseAnswer.at("stories", i, "motivation"),
                        n + " names a design element: say what they want to get done, and leave the how open.");
                ok = false;
            }
            if (outcome.isEmpty()) {
                f.missing(ExerciseAnswer.at("stories", i, "outcome"), n + ": say what it lets them do (so I can …).");
                ok = false;
            } else if (outcome.equalsIgnoreCase(motivation)) {
                f.weak(
                        ExerciseAnswer.at("stories", i, "outcome"),
                        n + ": the outcome repeats the motivation; say what it makes possible.");
                ok = false;
            }
            if (ok) {
                complete++;
            }
        }
        if (!stories.isEmpty() && complete == stories.size()) {
            f.good("stories", "Every story has a situation, a motivation and an outcome.");
        }
        return f.result(
                framework(), "Whether the situations are real: that takes research", "Which story matters most");
    }

    /** People often type the lead-in words themselves; they are not part of the text. */
    private static String strip(String text, String lead) {
        String t = text.strip();
        if (t.toLowerCase(Locale.ROOT).startsWith(lead + " ")) {
            t = t.substring(lead.length()).strip();
        }
        return t.replaceAll("^[,\\s]+", "");
    }
}
