package dev.northstar.career;

import dev.northstar.common.Checks;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies in the signed-in user's job search, each with their contacts there and their applications to it.
 * Names are unique per user regardless of case. Deleting a company deletes its applications; its contacts stay,
 * without a company.
 */
@Service
@Transactional
public class Companies {

    private final Access access;
    private final CompanyRows rows;
    private final ContactRows contacts;
    private final ApplicationRows applications;

    Companies(Access access, CompanyRows rows, ContactRows contacts, ApplicationRows applications) {
        this.access = access;
        this.rows = rows;
        this.contacts = contacts;
        this.applications = applications;
    }

    public CompanyView create(CompanyInput input) {
        UUID user = user();
        CompanyInput in = check(user, null, input);
        UUID id = UUID.randomUUID();
        rows.insert(user, id, in, Instant.now());
        return get(id);
    }

    public CompanyView update(UUID companyId, CompanyInput input) {
        UUID user = user();
        get(companyId);
        rows.update(user, companyId, check(user, companyId, input), Instant.now());
        return get(companyId);
    }

    @Transactional(readOnly = true)
    public CompanyView get(UUID companyId) {
        return rows.find(user(), companyId).orElseThrow(() -> new NotFoundException("company"));
    }

    /** The company with the user's contacts there and their applications to it. */
    @Transactional(readOnly = true)
    public CompanyDetail detail(UUID companyId) {
        UUID user = user();
        CompanyView company = get(companyId);
        Paging all = new Paging(0, 500);
        return new CompanyDetail(
                company, contacts.page(user, companyId, null, all), applications.page(user, null, companyId, all));
    }

    /** By name; {@code q} (optional) matches part of the name. */
    @Transactional(readOnly = true)
    public PageResult<CompanyView> list(String q, Paging paging) {
        UUID user = user();
        String query = Inputs.clean(q);
        return new PageResult<>(rows.page(user, query, paging), rows.count(user, query));
    }

    /** Every company by name (the choices of a form; at most 500). */
    @Transactional(readOnly = true)
    public List<CompanyView> all() {
        return rows.page(user(), null, new Paging(0, 500));
    }

    public void delete(UUID companyId) {
        if (!rows.delete(user(), companyId)) {
            throw new NotFoundException("company");
        }
    }

    private CompanyInput check(UUID user, UUID companyId, CompanyInput input) {
        CompanyInput in = new CompanyInput(
                Inputs.clean(input.name()), Inputs.clean(input.website()), Inputs.clean(input.notes()));
        Checks checks = Checks.start();
        Inputs.required(checks, in.name(), Inputs.NAME_MAX, "name", "Name");
        Inputs.link(checks, in.website(), "website", "Website");
        Inputs.text(checks, in.notes(), Inputs.NOTES_MAX, "notes", "Notes");
        checks.orThrow();
        rows.named(user, in.name()).filter(c -> !c.id().equals(companyId)).ifPresent(c -> {
            throw new InvalidInputException("name", "You already have a company named " + c.name());
        });
        return in;
    }

    private UUID user() {
        return access.current().userId();
    }
}
