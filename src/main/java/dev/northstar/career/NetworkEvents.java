package dev.northstar.career;

import dev.northstar.common.Checks;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The networking events the signed-in user attended (or will), and the contacts they met at each. */
@Service
@Transactional
public class NetworkEvents {

    private final Access access;
    private final EventRows rows;
    private final ContactRows contacts;

    NetworkEvents(Access access, EventRows rows, ContactRows contacts) {
        this.access = access;
        this.rows = rows;
        this.contacts = contacts;
    }

    public EventView create(EventInput input) {
        UUID user = user();
        EventInput in = check(user, input);
        UUID id = UUID.randomUUID();
        rows.insert(user, id, in, Instant.now());
        return get(id);
    }

    public EventView update(UUID eventId, EventInput input) {
        UUID user = user();
        get(eventId);
        rows.update(user, eventId, check(user, input), Instant.now());
        return get(eventId);
    }

    @Transactional(readOnly = true)
    public EventView get(UUID eventId) {
        return rows.find(user(), eventId).orElseThrow(() -> new NotFoundException("event"));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public PageResult<EventView> list(Paging paging) {
        UUID user = user();
        return new PageResult<>(rows.page(user, paging), rows.count(user));
    }

    /** The events where the user met {@code contactId}, newest first. */
    @Transactional(readOnly = true)
    public List<EventView> metWith(UUID contactId) {
        return rows.withContact(user(), contactId);
    }

    public void delete(UUID eventId) {
        if (!rows.delete(user(), eventId)) {
            throw new NotFoundException("event");
        }
    }

    private EventInput check(UUID user, EventInput input) {
        EventInput in = new EventInput(
                Inputs.clean(input.name()),
                input.heldOn(),
                input.kind() == null ? EventKind.OTHER : input.kind(),
                Inputs.clean(input.notes()),
                input.contactIds().stream().distinct().toList());
        Checks checks = Checks.start();
        Inputs.required(checks, in.name(), Inputs.NAME_MAX, "name", "Name");
        checks.require(in.heldOn() != null, "heldOn", "Date is required");
        Inputs.text(checks, in.notes(), Inputs.NOTES_MAX, "notes", "Notes");
        checks.require(
                contacts.owned(user, in.contactIds()) == in.contactIds().size(),
                "contactIds",
                "Every contact met must be one of your contacts");
        checks.orThrow();
        return in;
    }

    private UUID user() {
        return access.current().userId();
    }
}
