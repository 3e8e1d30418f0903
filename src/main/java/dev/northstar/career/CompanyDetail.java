package dev.northstar.career;

import java.util.List;

/** A company with the user's contacts there and their applications to it. */
public record CompanyDetail(CompanyView company, List<ContactView> contacts, List<ApplicationView> applications) {

    public CompanyDetail {
        contacts = List.copyOf(contacts);
        applications = List.copyOf(applications);
    }
}
