package dev.northstar.prioritization;

import dev.northstar.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** MoSCoW: must have (ranks 4), should have (3), could have (2), won't have this time (1). */
public record MoscowInput(Category category) implements ScoreInput {

    public enum Category {
        MUST("must", "Must have", 4),
        SHOULD("should", "Should have", 3),
        COULD("could", "Could have", 2),
        WONT("won't", "Won't have (this time)", 1);

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

        static Category ofRank(double rank) {
            for (Category c : values()) {
                if (c.rank == rank) {
                    return c;
                }
            }
            throw new InvalidInputException("category", "MoSCoW category must be must, should, could or won't");
        }

        /** Accepts {@code must}, {@code Must have}, {@code won't}, {@code wont}, {@code WONT}. */
        public static Category parse(String value, String field) {
            if (value == null || value.isBlank()) {
                throw new InvalidInputException(field, "MoSCoW category is required: must, should, could or won't");
            }
            String v = value.strip().toLowerCase(Locale.ROOT).replace("’", "'").replace("'", "");
            v = v.replace(" have", "")
                    .replace(" (this time)", "")
                    .replace(" this time", "")
                    .strip();
            for (Category c : values()) {
                if (c.name().toLowerCase(Locale.ROOT).equals(v)) {
                    return c;
                }
            }
            throw new InvalidInputException(
                    field, "unknown MoSCoW category '" + value.strip() + "'; use must, should, could or won't");
        }
    }

    public MoscowInput {
        if (category == null) {
            throw new InvalidInputException("category", "MoSCoW category is required: must, should, could or won't");
        }
    }

    public static MoscowInput from(Map<String, ?> body) {
        return new MoscowInput(Category.parse(Inputs.text(body, "category"), "category"));
    }

    @Override
    public Framework framework() {
        return Framework.MOSCOW;
    }

    @Override
    public double score() {
        return category.rank();
    }

    @Override
    public Map<String, Object> breakdown() {
        Map<String, Object> b = new LinkedHashMap<>(values());
        b.put("label", category.label());
        return b;
    }

    @Override
    public Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("category", category.key());
        return v;
    }

    @Override
    public List<Factor> factors() {
        return List.of(Factor.discrete(
                "category", "Category (1 won't … 4 must)", category.rank(), List.of(1.0, 2.0, 3.0, 4.0)));
    }

    @Override
    public MoscowInput with(String factor, double value) {
        return new MoscowInput(Category.ofRank(value));
    }

    @Override
    public OptionalDouble breakEven(String factor, double target) {
        return OptionalDouble.of(target);
    }
}
