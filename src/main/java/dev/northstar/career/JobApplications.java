package dev.northstar.career;

import dev.northstar.common.Checks;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's job applications: a pipeline from wishlist through applied, screen, interviews to offer or
 * rejected. Every stage an application enters is recorded with its day; moving past the wishlist without an applied
 * date sets it to that day. Follow-ups can be marked done or snoozed a week.
 */
@Service
@Transactional
public class JobApplications {

    /** One column of the pipeline board. */
    public record Column(ApplicationStage stage, List<ApplicationView> applications) {
        public Column {
            applications = List.copyOf(applications);
        }
    }

    private final Access access;
    private final ApplicationRows rows;
    private final ContactRows contacts;
    private final CompanyDirectory companies;

    JobApplications(Access access, ApplicationRows rows, ContactRows contacts, CompanyDirectory companies) {
        this.access = access;
        this.rows = rows;
        this.contacts = contacts;
        this.companies = companies;
    }

    public ApplicationView create(ApplicationInput input) {
        UUID user = user();
        LocalDate today = LocalDate.now();
        ApplicationInput in = check(user, input, today);
        Instant now = Instant.now();
        UUID companyId = company(user, in, now);
        UUID id = UUID.randomUUID();
        rows.insert(user, id, in, companyId, now);
        rows.recordChange(id, null, in.stage(), in.appliedOn() != null ? in.appliedOn() : today, now);
        return get(id);
    }

    /** Replaces the application; a different stage is recorded as a stage change today. */
    public ApplicationView update(UUID applicationId, ApplicationInput input) {
        UUID user = user();
        ApplicationView before = get(applicationId);
        LocalDate today = LocalDate.now();
        ApplicationInput in = check(user, input, today);
        Instant now = Instant.now();
        rows.update(user, applicationId, in, company(user, in, now), now);
        if (in.stage() != before.stage()) {
            rows.recordChange(applicationId, before.stage(), in.stage(), today, now);
        }
        return get(applicationId);
    }

    /** Moves the application to {@code stage} on {@code on} (null = today; not in the future) and records it. */
    public ApplicationView changeStage(UUID applicationId, ApplicationStage stage, LocalDate on) {
        UUID user = user();
        ApplicationView a = get(applicationId);
        if (stage == null) {
            throw new InvalidInputException("stage", "Choose the stage the application moved to");
        }
        LocalDate today = LocalDate.now();
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw new InvalidInputException("on", "The day of the change cannot be in the future");
        }
        if (stage == a.stage()) {
            return a;
        }
        Instant now = Instant.now();
        LocalDate appliedOn = a.appliedOn() == null && stage.applied() ? day : a.appliedOn();
        rows.stage(user, applicationId, stage, appliedOn, now);
        rows.recordChange(applicationId, a.stage(), stage, day, now);
        return get(applicationId);
    }

    @Transactional(readOnly = true)
    public ApplicationView get(UUID applicationId) {
        return rows.find(user(), applicationId).orElseThrow(() -> new NotFoundException("application"));
    }

    /** Most recently changed first; optionally one stage or one company. */
    @Transactional(readOnly = true)
    public PageResult<ApplicationView> list(ApplicationStage stage, UUID companyId, Paging paging) {
        UUID user = user();
        return new PageResult<>(rows.page(user, stage, companyId, paging), rows.count(user, stage, companyId));
    }

    /** The pipeline: one column per stage in order, most recently changed first in each. */
    @Transactional(readOnly = true)
    public List<Column> board() {
        List<ApplicationView> all = rows.page(user(), null, null, new Paging(0, 500));
        return Arrays.stream(ApplicationStage.values())
                .map(s -> new Column(s, all.stream().filter(a -> a.stage() == s).toList()))
                .toList();
    }

    /** The follow-up happened: none is due any more. */
    public ApplicationView followUpDone(UUID applicationId) {
        get(applicationId);
        rows.followUp(user(), applicationId, null, Instant.now());
        return get(applicationId);
    }

    /** Moves the follow-up a week later (a week from today when it is already overdue). */
    public ApplicationView snooze(UUID applicationId) {
        ApplicationView a = get(applicationId);
        rows.followUp(user(), applicationId, FollowUps.snoozed(a.followUpOn(), LocalDate.now()), Instant.now());
        return get(applicationId);
    }

    public void delete(UUID applicationId) {
        if (!rows.delete(user(), applicationId)) {
            throw new NotFoundException("application");
        }
    }

    private UUID company(UUID user, ApplicationInput in, Instant now) {
        UUID id = companies.resolve(user, in.companyId(), in.company(), now);
        if (id == null) {
            throw new InvalidInputException("company", "Company is required");
        }
        return id;
    }

    private ApplicationInput check(UUID user, ApplicationInput input, LocalDate today) {
        ApplicationStage stage = input.stage() == null ? ApplicationStage.WISHLIST : input.stage();
        ApplicationInput in = new ApplicationInput(
                input.companyId(),
                Inputs.clean(input.company()),
                Inputs.clean(input.role()),
                Inputs.clean(input.link()),
                stage,
                input.appliedOn() == null && stage.applied() ? today : input.appliedOn(),
                input.followUpOn(),
                Inputs.clean(input.notes()),
                input.contactId());
        Checks checks = Checks.start();
        checks.require(in.companyId() != null || in.company() != null, "company", "Company is required");
        Inputs.required(checks, in.role(), Inputs.NAME_MAX, "role", "Role");
        Inputs.link(checks, in.link(), "link", "Link");
        Inputs.text(checks, in.notes(), Inputs.NOTES_MAX, "notes", "Notes");
        checks.require(
                in.appliedOn() == null || !in.appliedOn().isAfter(today),
                "appliedOn",
                "Applied date cannot be in the future");
        checks.require(
                in.contactId() == null || contacts.find(user, in.contactId()).isPresent(),
                "contactId",
                "You have no contact with this id");
        checks.orThrow();
        return in;
    }

    private UUID user() {
        return access.current().userId();
    }
}
