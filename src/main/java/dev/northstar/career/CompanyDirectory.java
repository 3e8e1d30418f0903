package dev.northstar.career;

import dev.northstar.common.InvalidInputException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Finds the company an application or contact names: by id (the user's own), or by name, creating it when new. */
@Component
class CompanyDirectory {

    private final CompanyRows companies;

    CompanyDirectory(CompanyRows companies) {
        this.companies = companies;
    }

    /** The company's id, or null when neither is given; a foreign or unknown id is a 400 on {@code companyId}. */
    UUID resolve(UUID userId, UUID companyId, String name, Instant at) {
        if (companyId != null) {
            return companies
                    .find(userId, companyId)
                    .orElseThrow(() -> new InvalidInputException("companyId", "You have no company with this id"))
                    .id();
        }
        String n = Inputs.clean(name);
        if (n == null) {
            return null;
        }
        if (n.length() > Inputs.NAME_MAX) {
            throw new InvalidInputException("company", "Company must be at most " + Inputs.NAME_MAX + " characters");
        }
        return companies.named(userId, n).map(CompanyView::id).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            companies.insert(userId, id, new CompanyInput(n, null, null), at);
            return id;
        });
    }
}
