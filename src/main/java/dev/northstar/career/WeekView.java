package dev.northstar.career;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What needs the user this week: follow-ups already overdue, follow-ups due from today through {@code until} (seven
 * days ahead), on applications and contacts, and the events of the current week (Monday to Sunday).
 */
public record WeekView(
        LocalDate today,
        LocalDate until,
        List<Due> overdue,
        List<Due> upcoming,
        LocalDate weekStart,
        LocalDate weekEnd,
        List<EventView> events) {

    /** A follow-up: {@code kind} is "application" or "contact". */
    public record Due(String kind, UUID id, String title, String detail, LocalDate due, boolean overdue) {}

    public WeekView {
        overdue = List.copyOf(overdue);
        upcoming = List.copyOf(upcoming);
        events = List.copyOf(events);
    }

    /** The follow-ups that need the user: overdue and due within seven days. */
    @JsonProperty
    public int count() {
        return overdue.size() + upcoming.size();
    }
}
