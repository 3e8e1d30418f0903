package dev.northstar.career;

import dev.northstar.common.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of networking event the user attended. */
public enum EventKind {
    MEETUP("meetup", "Meetup"),
    CONFERENCE("conference", "Conference"),
    WORKSHOP("workshop", "Workshop"),
    WEBINAR("webinar", "Webinar"),
    COFFEE_CHAT("coffee-chat", "Coffee chat"),
    CAREER_FAIR("career-fair", "Career fair"),
    OTHER("other", "Other");

    private final String key;
    private final String label;

    EventKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The kind with this key (any case, '_' or ' ' for '-'); blank gives {@code fallback}; else a 400 naming {@code field}. */
    public static EventKind parse(String value, String field, EventKind fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values())
                .filter(s -> s.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        field,
                        "must be one of "
                                + Arrays.stream(values()).map(EventKind::key).collect(Collectors.joining(", "))));
    }
}
