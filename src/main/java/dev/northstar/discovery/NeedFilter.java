package dev.northstar.discovery;

import java.util.UUID;

/** Filters and order for the needs list; all optional. */
public record NeedFilter(UUID personaId, Importance importance, Order order) {

    public static final NeedFilter ALL = new NeedFilter(null, null, Order.EVIDENCE);

    /** Most evidence first (ties by importance), most important first, or alphabetical. */
    public enum Order {
        EVIDENCE,
        IMPORTANCE,
        TITLE;

        public static Order parse(String value) {
            if (value == null || value.isBlank()) {
                return EVIDENCE;
            }
            try {
                return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new dev.northstar.common.InvalidInputException(
                        "sort", "unknown order '" + value.strip() + "'; use evidence, importance or title");
            }
        }
    }

    public NeedFilter {
        order = order == null ? Order.EVIDENCE : order;
    }

    public static NeedFilter ofPersona(UUID personaId) {
        return new NeedFilter(personaId, null, Order.EVIDENCE);
    }
}
