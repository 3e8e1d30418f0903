package dev.northstar.prioritization;

import dev.northstar.common.Checks;
import dev.northstar.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a product weighs evidence: the half-life in days (evidence that old counts half), and whether
 * each highlight is also weighted by its customer's segment (weights per segment name, 1 for any
 * other) or by its customer's revenue (1 + log10(1 + revenue / 1000)).
 */
public record EvidenceSettings(int halfLifeDays, Weighting weighting, Map<String, Double> segmentWeights) {

    public static final EvidenceSettings DEFAULT = new EvidenceSettings(180, Weighting.NONE, Map.of());

    public enum Weighting {
        NONE,
        SEGMENT,
        REVENUE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Weighting parse(String value, String field) {
            if (value == null || value.isBlank()) {
                return NONE;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, "weighting must be none, segment or revenue");
            }
        }
    }

    public EvidenceSettings {
        weighting = weighting == null ? Weighting.NONE : weighting;
        Map<String, Double> clean = new LinkedHashMap<>();
        Checks checks = Checks.start()
                .require(
                        halfLifeDays >= 1 && halfLifeDays <= 3650,
                        "halfLifeDays",
                        "Half-life must be from 1 to 3650 days");
        if (segmentWeights != null) {
            segmentWeights.forEach((segment, w) -> {
                String s = Checks.trimToNull(segment);
                checks.require(s != null, "segmentWeights", "A segment weight needs the segment's name");
                checks.require(
                        w != null && Inputs.finite(w) && w >= 0 && w <= 100,
                        "segmentWeights." + segment,
                        "A segment weight must be from 0 to 100");
                if (s != null && w != null) {
                    clean.put(s, w);
                }
            });
        }
        checks.orThrow();
        segmentWeights = java.util.Collections.unmodifiableMap(clean);
    }

    double segmentWeight(String segment) {
        if (segment == null) {
            return 1;
        }
        for (Map.Entry<String, Double> e : segmentWeights.entrySet()) {
            if (e.getKey().equalsIgnoreCase(segment.strip())) {
                return e.getValue();
            }
        }
        return 1;
    }

    /** Segment weights as "Enterprise=3, SMB=1" for a form field. */
    public String segmentWeightsText() {
        StringBuilder b = new StringBuilder();
        segmentWeights.forEach((k, v) ->
                b.append(b.isEmpty() ? "" : ", ").append(k).append('=').append(Inputs.format(v)));
        return b.toString();
    }

    /** Parses "Enterprise=3, SMB=1" (commas or new lines). */
    public static Map<String, Double> parseSegmentWeights(String text) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (text == null) {
            return m;
        }
        for (String part : text.split("[,\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.lastIndexOf('=');
            if (eq < 0) {
                throw new InvalidInputException(
                        "segmentWeights", "write each segment as Name=weight, e.g. Enterprise=3");
            }
            m.put(part.substring(0, eq).strip(), Inputs.number(Map.of("w", part.substring(eq + 1)), "w", "Weight"));
        }
        return m;
    }
}
