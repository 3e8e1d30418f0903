package dev.northstar.prioritization;

import dev.northstar.common.InvalidInputException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Kano counts: how many respondents fell into each category (from a discovery survey's
 * functional/dysfunctional question pair, or entered directly). The feature's category is the most
 * frequent one; ties go to the category that ranks higher (must-be, one-dimensional, attractive,
 * indifferent, questionable, reverse). {@code surveyId} and the question keys say where the counts came from.
 */
public record KanoInput(
        Map<Kano.Category, Integer> counts, UUID surveyId, String functionalQuestion, String dysfunctionalQuestion)
        implements ScoreInput {

    public KanoInput {
        EnumMap<Kano.Category, Integer> all = new EnumMap<>(Kano.Category.class);
        for (Kano.Category c : Kano.Category.values()) {
            Integer n = counts == null ? null : counts.get(c);
            if (n != null && n < 0) {
                throw new InvalidInputException("counts." + c.key(), "A count must be 0 or more");
            }
            all.put(c, n == null ? 0 : n);
        }
        if (all.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new InvalidInputException("counts", "Kano needs at least one answer pair");
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    public static KanoInput ofCounts(Map<Kano.Category, Integer> counts) {
        return new KanoInput(counts, null, null, null);
    }

    /** {"counts": {"attractive": 3, "must-be": 5, …}} as the API sends it. */
    public static KanoInput from(Map<String, ?> body) {
        if (!(body.get("counts") instanceof Map<?, ?> raw)) {
            throw new InvalidInputException(
                    "counts",
                    "send counts per category ({\"counts\": {\"attractive\": 3, …}}) or surveyId with functionalQuestion and dysfunctionalQuestion");
        }
        Map<Kano.Category, Integer> counts = new EnumMap<>(Kano.Category.class);
        for (Map.Entry<?, ?> e : raw.entrySet()) {
            Kano.Category c = Kano.Category.parse(String.valueOf(e.getKey()), "counts");
            counts.put(c, Inputs.whole(Map.of("n", e.getValue() == null ? "" : e.getValue()), "n", "count"));
        }
        return ofCounts(counts);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Kano.Category category() {
        Kano.Category best = null;
        for (Kano.Category c : Kano.Category.values()) { // declared in rank order, so ties go to the higher rank
            if (best == null || counts.get(c) > counts.get(best)) {
                best = c;
            }
        }
        return best;
    }

    @Override
    public Framework framework() {
        return Framework.KANO;
    }

    @Override
    public double score() {
        return category().rank();
    }

    @Override
    public Map<String, Object> breakdown() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("category", category().key());
        b.put("label", category().label());
        b.put("counts", countsByKey());
        b.put("respondents", total());
        if (surveyId != null) {
            b.put("surveyId", surveyId.toString());
        }
        return b;
    }

    @Override
    public Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("counts", countsByKey());
        if (surveyId != null) {
            v.put("surveyId", surveyId.toString());
            v.put("functionalQuestion", functionalQuestion);
            v.put("dysfunctionalQuestion", dysfunctionalQuestion);
        }
        return v;
    }

    private Map<String, Integer> countsByKey() {
        Map<String, Integer> m = new LinkedHashMap<>();
        counts.forEach((c, n) -> m.put(c.key(), n));
        return m;
    }
}
