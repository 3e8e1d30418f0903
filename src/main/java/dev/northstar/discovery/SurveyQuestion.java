package dev.northstar.discovery;

import dev.northstar.common.Checks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One survey question. {@code key} names the answer in responses ({@code q1}); a new question may
 * leave it out and gets the next free one. Choice questions have 2–20 distinct options; the others none.
 */
public record SurveyQuestion(String key, QuestionType type, String prompt, List<String> options, boolean required) {

    public static final int MAX_PROMPT = 2000;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_OPTION = 200;
    static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,49}");

    public SurveyQuestion {
        key = Checks.trimToNull(key);
        prompt = prompt == null ? null : prompt.strip();
        List<String> clean = new ArrayList<>();
        if (options != null) {
            for (String o : options) {
                String c = o == null ? null : o.replaceAll("\\s+", " ").strip();
                if (c != null && !c.isEmpty()) {
                    clean.add(c);
                }
            }
        }
        Checks checks = Checks.start()
                .require(
                        key == null || KEY.matcher(key).matches(),
                        "key",
                        "Key must start with a letter and hold only letters, digits, - and _ (at most 50)")
                .require(
                        type != null,
                        "type",
                        "Question type is required; use RATING, NPS, SINGLE_CHOICE, MULTIPLE_CHOICE or FREE_TEXT")
                .notBlank(prompt, "prompt", "Question text")
                .maxLength(prompt, MAX_PROMPT, "prompt", "Question text");
        if (type != null && type.hasOptions()) {
            Set<String> seen = new LinkedHashSet<>();
            boolean duplicate = false;
            boolean tooLong = false;
            for (String o : clean) {
                duplicate |= !seen.add(o.toLowerCase(Locale.ROOT));
                tooLong |= o.length() > MAX_OPTION;
            }
            checks.require(
                            clean.size() >= 2,
                            "options",
                            "A " + type.label().toLowerCase(Locale.ROOT)
                                    + " question needs at least two options, one per line")
                    .require(
                            clean.size() <= MAX_OPTIONS,
                            "options",
                            "A question can have at most " + MAX_OPTIONS + " options")
                    .require(!duplicate, "options", "Each option must be different")
                    .require(!tooLong, "options", "Each option must be at most " + MAX_OPTION + " characters");
        } else {
            clean.clear();
        }
        checks.orThrow();
        options = List.copyOf(clean);
    }

    /** Options typed one per line in a form. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\\R"));
    }

    /** The options one per line, as a form shows them. */
    public String optionLines() {
        return String.join("\n", options);
    }

    SurveyQuestion withKey(String newKey) {
        return new SurveyQuestion(newKey, type, prompt, options, required);
    }

    /** The prompt shortened for messages that name the question. */
    public String shortPrompt() {
        return prompt.length() <= 80 ? prompt : prompt.substring(0, 79).stripTrailing() + "…";
    }
}
