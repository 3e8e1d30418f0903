package dev.northstar.practice;

import java.util.regex.Pattern;

/** The wording rules behavioural answers are checked against: a quantified result and first-person actions. */
final class StoryRules {

    /** A number with a unit, a percentage, money or a duration: "30%", "$2M", "4 weeks", "from 12 to 7". */
    private static final Pattern QUANTIFIED = Pattern.compile(
            "\\d+(?:[.,]\\d+)?\\s*(?:%|percent|x\\b|k\\b|m\\b|points?|pp|days?|weeks?|months?|hours?|minutes?|"
                    + "users?|customers?|people|accounts?|tickets?|deals?)|[$€£]\\s*\\d|\\d+(?:[.,]\\d+)?\\s*[$€£]|"
                    + "\\bfrom\\s+\\d+(?:[.,]\\d+)?\\s+to\\s+\\d+|\\b(?:doubled|tripled|halved)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern I = Pattern.compile("\\b(?:I|I'm|I've|I'd|I’m|I’ve|my|me)\\b");
    private static final Pattern WE = Pattern.compile("\\b(?:we|our|us|the team)\\b", Pattern.CASE_INSENSITIVE);

    private StoryRules() {}

    static boolean quantified(String text) {
        return QUANTIFIED.matcher(text).find();
    }

    static long firstPerson(String text) {
        return I.matcher(text).results().count();
    }

    static long collective(String text) {
        return WE.matcher(text).results().count();
    }

    /**
     * Shared by STAR and CARL: the action must be the teller's own, the result must carry a number. Adds findings for
     * {@code action} and {@code result}.
     */
    static void actionAndResult(ExerciseAnswer a, ExerciseFindings f) {
        if (f.words(
                a,
                "action",
                12,
                "Say what you did, step by step: the action is most of a strong answer.",
                "The action is short: name the two or three things you did and why, in order.")) {
            String action = a.text("action");
            if (firstPerson(action) == 0) {
                f.weak("action", "Say what you did yourself (\"I …\"): the interviewer is hiring you, not the team.");
            } else if (collective(action) > 2 * firstPerson(action)) {
                f.weak("action", "Mostly \"we\": make your own part plain with \"I …\" for the steps you took.");
            } else {
                f.good("action", "Your own actions, in the first person.");
            }
        }
        if (f.words(
                a,
                "result",
                6,
                "Say how it ended: what changed because of what you did.",
                "The result is thin: say what changed and by how much.")) {
            if (quantified(a.text("result"))) {
                f.good("result", "A result with a number in it.");
            } else {
                f.weak(
                        "result",
                        "Quantify the result: a percentage, an amount, a count or a time (\"cut churn from 6% to"
                                + " 4% in a quarter\").");
            }
        }
    }

    static final String[] CANNOT_JUDGE = {
        "whether the story is true or the numbers are right",
        "whether the story fits the question you were asked",
        "how you tell it: pace, confidence and length"
    };
}
