package dev.northstar.prioritization;

import dev.northstar.common.InvalidInputException;
import java.util.List;
import java.util.Locale;

/**
 * The Kano model: each respondent answers a functional question ("if the product had this…") and a
 * dysfunctional one ("if it did not…") with like, expect, neutral, live with or dislike; the standard
 * 5×5 evaluation table turns the pair into a category.
 */
public final class Kano {

    private Kano() {}

    public enum Answer {
        LIKE("like", "I like it"),
        EXPECT("expect", "I expect it"),
        NEUTRAL("neutral", "I am neutral"),
        LIVE_WITH("live with", "I can live with it"),
        DISLIKE("dislike", "I dislike it");

        private final String key;
        private final String label;

        Answer(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /**
         * Recognises the usual wordings ("I like it", "I expect it" / "must be", "I am neutral" / "don't
         * care", "I can live with it" / "tolerate", "I dislike it"); null when the text is none of them.
         */
        public static Answer recognise(String text) {
            if (text == null) {
                return null;
            }
            String t = text.toLowerCase(Locale.ROOT).replace("’", "'");
            if (t.contains("dislike") || t.contains("don't like") || t.contains("do not like")) {
                return DISLIKE;
            }
            if (t.contains("live with") || t.contains("tolerate")) {
                return LIVE_WITH;
            }
            if (t.contains("neutral") || t.contains("don't care") || t.contains("indifferent")) {
                return NEUTRAL;
            }
            if (t.contains("expect") || t.contains("must be")) {
                return EXPECT;
            }
            if (t.contains("like") || t.contains("enjoy")) {
                return LIKE;
            }
            return null;
        }
    }

    /** The categories, with the rank a ranking uses: must-be first, then one-dimensional, attractive, indifferent. */
    public enum Category {
        MUST_BE("must-be", "Must-be", 5),
        ONE_DIMENSIONAL("one-dimensional", "One-dimensional", 4),
        ATTRACTIVE("attractive", "Attractive", 3),
        INDIFFERENT("indifferent", "Indifferent", 2),
        QUESTIONABLE("questionable", "Questionable", 1),
        REVERSE("reverse", "Reverse", 0);

        private final String key;
        private final String label;
        private final int rank;

        Category(String key, String label, int rank) {
            this.key = key;
            this.label = label;
            this.rank = rank;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public int rank() {
            return rank;
        }

        public String letter() {
            return switch (this) {
                case MUST_BE -> "M";
                case ONE_DIMENSIONAL -> "O";
                case ATTRACTIVE -> "A";
                case INDIFFERENT -> "I";
                case QUESTIONABLE -> "Q";
                case REVERSE -> "R";
            };
        }

        public static Category parse(String value, String field) {
            String v = value == null
                    ? ""
                    : value.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            for (Category c : values()) {
                if (c.key.equals(v)
                        || c.letter().equalsIgnoreCase(v)
                        || c.name().equalsIgnoreCase(v.replace('-', '_'))) {
                    return c;
                }
            }
            throw new InvalidInputException(
                    field,
                    "unknown Kano category '" + value
                            + "'; use attractive, one-dimensional, must-be, indifferent, reverse or questionable");
        }
    }

    private static final Category A = Category.ATTRACTIVE;
    private static final Category O = Category.ONE_DIMENSIONAL;
    private static final Category M = Category.MUST_BE;
    private static final Category I = Category.INDIFFERENT;
    private static final Category R = Category.REVERSE;
    private static final Category Q = Category.QUESTIONABLE;

    /** Rows: functional answer; columns: dysfunctional answer; both in the order like, expect, neutral, live with, dislike. */
    static final List<List<Category>> TABLE = List.of(
            List.of(Q, A, A, A, O),
            List.of(R, I, I, I, M),
            List.of(R, I, I, I, M),
            List.of(R, I, I, I, M),
            List.of(R, R, R, R, Q));

    public static Category classify(Answer functional, Answer dysfunctional) {
        return TABLE.get(functional.ordinal()).get(dysfunctional.ordinal());
    }

    /** The evaluation table for pages and docs. */
    public static List<List<Category>> table() {
        return TABLE;
    }
}
