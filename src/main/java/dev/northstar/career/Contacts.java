package dev.northstar.career;

import dev.northstar.common.Checks;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people in the signed-in user's network: where they work, how the user met them, when they last spoke and when
 * to follow up. A follow-up can be marked done (last contacted today) or snoozed a week.
 */
@Service
@Transactional
public class Contacts {

    private final Access access;
    private final ContactRows rows;
    private final CompanyDirectory companies;

    Contacts(Access access, ContactRows rows, CompanyDirectory companies) {
        this.access = access;
        this.rows = rows;
        this.companies = companies;
    }

    public ContactView create(ContactInput input) {
        UUID user = user();
        ContactInput in = check(input);
        Instant now = Instant.now();
        UUID id = UUID.randomUUID();
        rows.insert(user, id, in, companies.resolve(user, in.companyId(), in.company(), now), now);
        return get(id);
    }

    public ContactView update(UUID contactId, ContactInput input) {
        UUID user = user();
        get(contactId);
        ContactInput in = check(input);
        Instant now = Instant.now();
        rows.update(user, contactId, in, companies.resolve(user, in.companyId(), in.company(), now), now);
        return get(contactId);
    }

    @Transactional(readOnly = true)
    public ContactView get(UUID contactId) {
        return rows.find(user(), contactId).orElseThrow(() -> new NotFoundException("contact"));
    }

    /** By name; optionally only those at {@code companyId} or whose name contains {@code q}. */
    @Transactional(readOnly = true)
    public PageResult<ContactView> list(UUID companyId, String q, Paging paging) {
        UUID user = user();
        String query = Inputs.clean(q);
        return new PageResult<>(rows.page(user, companyId, query, paging), rows.count(user, companyId, query));
    }

    /** Every contact by name (the choices of a form; at most 500). */
    @Transactional(readOnly = true)
    public List<ContactView> all() {
        return rows.page(user(), null, null, new Paging(0, 500));
    }

    /** The follow-up happened: last contacted becomes today and no follow-up is due any more. */
    public ContactView followUpDone(UUID contactId) {
        get(contactId);
        rows.followUp(user(), contactId, null, LocalDate.now(), Instant.now());
        return get(contactId);
    }

    /** Moves the follow-up a week later (a week from today when it is already overdue). */
    public ContactView snooze(UUID contactId) {
        ContactView c = get(contactId);
        rows.followUp(user(), contactId, FollowUps.snoozed(c.followUpOn(), LocalDate.now()), null, Instant.now());
        return get(contactId);
    }

    public void delete(UUID contactId) {
        if (!rows.delete(user(), contactId)) {
            throw new NotFoundException("contact");
        }
    }

    private static ContactInput check(ContactInput input) {
        ContactInput in = new ContactInput(
                Inputs.clean(input.name()),
                input.companyId(),
                Inputs.clean(input.company()),
                Inputs.clean(input.role()),
                Inputs.clean(input.howMet()),
                Inputs.clean(input.email()),
                Inputs.clean(input.link()),
                input.lastContacted(),
                input.followUpOn(),
                Inputs.clean(input.notes()));
        Checks checks = Checks.start();
        Inputs.required(checks, in.name(), Inputs.NAME_MAX, "name", "Name");
        Inputs.text(checks, in.role(), Inputs.NAME_MAX, "role", "Role");
        Inputs.text(checks, in.howMet(), Inputs.HOW_MET_MAX, "howMet", "How you met");
        Inputs.email(checks, in.email(), "email");
        Inputs.link(checks, in.link(), "link", "Link");
        Inputs.text(checks, in.notes(), Inputs.NOTES_MAX, "notes", "Notes");
        checks.require(
                in.lastContacted() == null || !in.lastContacted().isAfter(LocalDate.now()),
                "lastContacted",
                "Last contacted cannot be in the future");
        checks.orThrow();
        return in;
    }

    private UUID user() {
        return access.current().userId();
    }
}
