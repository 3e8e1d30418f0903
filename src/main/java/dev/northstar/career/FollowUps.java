package dev.northstar.career;

import dev.northstar.common.InvalidInputException;
import dev.northstar.workspace.Access;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Due this week": the follow-ups on applications and contacts that are overdue or due in the next seven days, and
 * the events of the current week. Rejected applications never ask for a follow-up.
 */
@Service
@Transactional(readOnly = true)
public class FollowUps {

    static final int DAYS_AHEAD = 7;

    private final Access access;
    private final ApplicationRows applications;
    private final ContactRows contacts;
    private final EventRows events;

    FollowUps(Access access, ApplicationRows applications, ContactRows contacts, EventRows events) {
        this.access = access;
        this.applications = applications;
        this.contacts = contacts;
        this.events = events;
    }

    public WeekView week() {
        return week(LocalDate.now());
    }

    /** How many follow-ups need the user now: overdue or due within seven days. */
    public int dueCount() {
        return week().count();
    }

    WeekView week(LocalDate today) {
        UUID user = access.current().userId();
        LocalDate until = today.plusDays(DAYS_AHEAD);
        List<WeekView.Due> due = new ArrayList<>();
        for (ApplicationView a : applications.dueBy(user, until)) {
            due.add(new WeekView.Due(
                    "application",
                    a.id(),
                    a.role() + " at " + a.companyName(),
                    a.stage().label(),
                    a.followUpOn(),
                    a.followUpOn().isBefore(today)));
        }
        for (ContactView c : contacts.dueBy(user, until)) {
            String detail = c.role() == null
                    ? c.companyName()
                    : c.companyName() == null ? c.role() : c.role() + " at " + c.companyName();
            due.add(new WeekView.Due(
                    "contact",
                    c.id(),
                    c.name(),
                    detail,
                    c.followUpOn(),
                    c.followUpOn().isBefore(today)));
        }
        due.sort(java.util.Comparator.comparing(WeekView.Due::due).thenComparing(WeekView.Due::title));
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        return new WeekView(
                today,
                until,
                due.stream().filter(WeekView.Due::overdue).toList(),
                due.stream().filter(d -> !d.overdue()).toList(),
                monday,
                sunday,
                events.between(user, monday, sunday));
    }

    /** The follow-up day a week after {@code due}, or a week from today when {@code due} has passed. */
    static LocalDate snoozed(LocalDate due, LocalDate today) {
        if (due == null) {
            throw new InvalidInputException("followUpOn", "There is no follow-up date to snooze");
        }
        return (due.isBefore(today) ? today : due).plusDays(7);
    }
}
