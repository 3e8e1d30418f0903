package dev.northstar.discovery;

import dev.northstar.common.InvalidInputException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a respondent's answers against a survey's questions and normalises them: whole numbers for
 * scales, one option for single choice, a list of options for multiple choice, text for free text.
 * Every problem is reported at once, each under the question's key and naming the question.
 */
final class Answers {

    static final int MAX_TEXT = 5000;
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,4}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Answers() {}

    static Map<String, Object> validate(List<SurveyQuestion> questions, Map<String, ?> raw) {
        Map<String, ?> given = raw == null ? Map.of() : raw;
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> known = new LinkedHashSet<>();
        for (SurveyQuestion q : questions) {
            known.add(q.key());
            try {
                Object value = normalise(q, given.get(q.key()));
                if (value != null) {
                    out.put(q.key(), value);
                } else if (q.required()) {
                    errors.add(new InvalidInputException.FieldError(q.key(), name(q) + " needs an answer"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInputException.FieldError(q.key(), name(q) + " " + e.getMessage()));
            }
        }
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                errors.add(new InvalidInputException.FieldError(
                        String.valueOf(key), "this survey has no question with the key “" + key + "”"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return out;
    }

    /** “How likely are you…?” — how messages name a question. */
    static String name(SurveyQuestion q) {
        return "“" + q.shortPrompt() + "”";
    }

    /** The normalised answer, or null when the question was left unanswered. */
    private static Object normalise(SurveyQuestion q, Object value) {
        if (value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof List<?> l && l.isEmpty())) {
            return null;
        }
        return switch (q.type()) {
            case NPS, RATING -> scale(q.type(), value);
            case SINGLE_CHOICE -> choice(q, single(value, "needs one of its options"));
            case MULTIPLE_CHOICE -> choices(q, value);
            case FREE_TEXT -> text(value);
        };
    }

    private static Integer scale(QuestionType type, Object value) {
        String range = "a whole number from " + type.min() + " to " + type.max();
        Object v = value instanceof List<?> l && l.size() == 1 ? l.getFirst() : value;
        long n;
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            n = ((Number) v).longValue();
        } else if (v instanceof BigInteger b) {
            n = b.bitLength() < 32 ? b.longValue() : Long.MAX_VALUE;
        } else if (v instanceof String s && WHOLE.matcher(s.strip()).matches()) {
            n = Long.parseLong(s.strip());
        } else {
            throw new IllegalArgumentException("needs " + range);
        }
        if (n < type.min() || n > type.max()) {
            throw new IllegalArgumentException("needs " + range + ", not " + n);
        }
        return (int) n;
    }

    private static String single(Object value, String what) {
        Object v = value instanceof List<?> l && l.size() == 1 ? l.getFirst() : value;
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException(what);
        }
        return s.strip();
    }

    private static String choice(SurveyQuestion q, String value) {
        for (String option : q.options()) {
            if (option.equals(value)) {
                return option;
            }
        }
        throw new IllegalArgumentException(
                "has no option “" + clip(value) + "”; choose one of: " + String.join(", ", q.options()));
    }

    private static List<String> choices(SurveyQuestion q, Object value) {
        List<?> values = value instanceof List<?> l ? l : List.of(value);
        Set<String> picked = new LinkedHashSet<>();
        for (Object v : values) {
            if (!(v instanceof String s)) {
                throw new IllegalArgumentException("needs a list of its options");
            }
            if (!s.isBlank()) {
                picked.add(choice(q, s.strip()));
            }
        }
        if (picked.isEmpty()) {
            return null;
        }
        // keep the designer's order, whatever order the client sent
        return q.options().stream().filter(picked::contains).toList();
    }

    private static String text(Object value) {
        String s = single(value, "needs text");
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > MAX_TEXT) {
            throw new IllegalArgumentException(
                    "must be at most " + MAX_TEXT + " characters (it has " + s.length() + ")");
        }
        return s;
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    static String toJson(Map<String, Object> answers) {
        return JSON.writeValueAsString(answers);
    }

    static Map<String, Object> fromJson(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    }
}
