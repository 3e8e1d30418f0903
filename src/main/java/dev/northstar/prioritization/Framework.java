package dev.northstar.prioritization;

import dev.northstar.common.InvalidInputException;
import java.util.Locale;

/** The scoring frameworks; {@link #key()} is how the API and the pages name them. */
public enum Framework {
    RICE("rice", "RICE"),
    ICE("ice", "ICE"),
    WSJF("wsjf", "WSJF"),
    VALUE_EFFORT("value-effort", "Value vs effort"),
    MOSCOW("moscow", "MoSCoW"),
    KANO("kano", "Kano"),
    SCORECARD("scorecard", "Scorecard");

    private final String key;
    private final String label;

    Framework(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Accepts {@code rice}, {@code RICE}, {@code value-effort}, {@code value_effort} alike. */
    public static Framework parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "framework is required: " + known());
        }
        String v = value.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (Framework f : values()) {
            if (f.key.equals(v)) {
                return f;
            }
        }
        throw new InvalidInputException(field, "unknown framework '" + value.strip() + "'; use " + known());
    }

    static String known() {
        return "rice, ice, wsjf, value-effort, moscow, kano or scorecard-{scorecardId}";
    }
}
