package dev.northstar.career.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.career.ApplicationInput;
import dev.northstar.career.ApplicationStage;
import dev.northstar.career.ApplicationView;
import dev.northstar.career.Companies;
import dev.northstar.career.CompanyDetail;
import dev.northstar.career.CompanyInput;
import dev.northstar.career.CompanyView;
import dev.northstar.career.ContactInput;
import dev.northstar.career.ContactView;
import dev.northstar.career.Contacts;
import dev.northstar.career.EventInput;
import dev.northstar.career.EventKind;
import dev.northstar.career.EventView;
import dev.northstar.career.FollowUps;
import dev.northstar.career.JobApplications;
import dev.northstar.career.NetworkEvents;
import dev.northstar.career.WeekView;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/career")
@Tag(
        name = "Career: job search",
        description = "Applications with their stage history, companies, contacts, events and the follow-ups due this"
                + " week; private to the signed-in user. Dates are ISO (2026-03-01).")
class JobSearchApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ApplicationRequest(
            String companyId,
            String company,
            String role,
            String link,
            String stage,
            String appliedOn,
            String followUpOn,
            String notes,
            String contactId) {

        ApplicationInput input() {
            return new ApplicationInput(
                    CareerRequests.uuid(companyId, "companyId"),
                    company,
                    role,
                    link,
                    ApplicationStage.parse(stage, "stage", ApplicationStage.WISHLIST),
                    CareerRequests.date(appliedOn, "appliedOn"),
                    CareerRequests.date(followUpOn, "followUpOn"),
                    notes,
                    CareerRequests.uuid(contactId, "contactId"));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StageRequest(String stage, String on) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CompanyRequest(String name, String website, String notes) {
        CompanyInput input() {
            return new CompanyInput(name, website, notes);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactRequest(
            String name,
            String companyId,
            String company,
            String role,
            String howMet,
            String email,
            String link,
            String lastContacted,
            String followUpOn,
            String notes) {

        ContactInput input() {
            return new ContactInput(
                    name,
                    CareerRequests.uuid(companyId, "companyId"),
                    company,
                    role,
                    howMet,
                    email,
                    link,
                    CareerRequests.date(lastContacted, "lastContacted"),
                    CareerRequests.date(followUpOn, "followUpOn"),
                    notes);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventRequest(String name, String heldOn, String kind, String notes, List<String> contactIds) {
        EventInput input() {
            return new EventInput(
                    name,
                    CareerRequests.date(heldOn, "heldOn"),
                    EventKind.parse(kind, "kind", EventKind.OTHER),
                    notes,
                    CareerRequests.uuids(contactIds, "contactIds"));
        }
    }

    private final JobApplications applications;
    private final Companies companies;
    private final Contacts contacts;
    private final NetworkEvents events;
    private final FollowUps followUps;

    JobSearchApi(
            JobApplications applications,
            Companies companies,
            Contacts contacts,
            NetworkEvents events,
            FollowUps followUps) {
        this.applications = applications;
        this.companies = companies;
        this.contacts = contacts;
        this.events = events;
        this.followUps = followUps;
    }

    // applications

    @Operation(summary = "Applications, most recently changed first; filter by stage and companyId")
    @GetMapping("/applications")
    PageResult<ApplicationView> applications(
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String companyId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return applications.list(
                ApplicationStage.parse(stage, "stage", null),
                CareerRequests.uuid(companyId, "companyId"),
                Paging.of(page, size));
    }

    @Operation(
            summary =
                    "The pipeline board: one column per stage (wishlist, applied, screen, interviews, offer, rejected)")
    @GetMapping("/applications/board")
    PageResult<JobApplications.Column> board() {
        List<JobApplications.Column> columns = applications.board();
        return new PageResult<>(columns, columns.size());
    }

    @Operation(
            summary = "Add an application: company (a name, matched or created) or companyId, role, link, stage"
                    + " (default wishlist), appliedOn, followUpOn, notes, contactId")
    @PostMapping("/applications")
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationView createApplication(@RequestBody ApplicationRequest body) {
        return applications.create(body.input());
    }

    @Operation(summary = "An application with its stage history")
    @GetMapping("/applications/{applicationId}")
    ApplicationView application(@PathVariable UUID applicationId) {
        return applications.get(applicationId);
    }

    @Operation(summary = "Replace an application; a different stage is recorded as a stage change today")
    @PutMapping("/applications/{applicationId}")
    ApplicationView replaceApplication(@PathVariable UUID applicationId, @RequestBody ApplicationRequest body) {
        return applications.update(applicationId, body.input());
    }

    @Operation(summary = "Move an application to another stage: {\"stage\": \"screen\", \"on\": \"2026-03-01\"}")
    @PostMapping("/applications/{applicationId}/stage")
    ApplicationView changeStage(@PathVariable UUID applicationId, @RequestBody StageRequest body) {
        return applications.changeStage(
                applicationId,
                ApplicationStage.parse(body.stage(), "stage", null),
                CareerRequests.date(body.on(), "on"));
    }

    @Operation(summary = "The follow-up on an application happened")
    @PostMapping("/applications/{applicationId}/follow-up/done")
    ApplicationView applicationFollowedUp(@PathVariable UUID applicationId) {
        return applications.followUpDone(applicationId);
    }

    @Operation(summary = "Snooze an application's follow-up a week")
    @PostMapping("/applications/{applicationId}/follow-up/snooze")
    ApplicationView snoozeApplication(@PathVariable UUID applicationId) {
        return applications.snooze(applicationId);
    }

    @DeleteMapping("/applications/{applicationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteApplication(@PathVariable UUID applicationId) {
        applications.delete(applicationId);
    }

    // companies

    @Operation(summary = "Companies by name; q matches part of the name")
    @GetMapping("/companies")
    PageResult<CompanyView> companies(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return companies.list(q, Paging.of(page, size));
    }

    @PostMapping("/companies")
    @ResponseStatus(HttpStatus.CREATED)
    CompanyView createCompany(@RequestBody CompanyRequest body) {
        return companies.create(body.input());
    }

    @Operation(summary = "A company with your contacts there and your applications to it")
    @GetMapping("/companies/{companyId}")
    CompanyDetail company(@PathVariable UUID companyId) {
        return companies.detail(companyId);
    }

    @PutMapping("/companies/{companyId}")
    CompanyView replaceCompany(@PathVariable UUID companyId, @RequestBody CompanyRequest body) {
        return companies.update(companyId, body.input());
    }

    @Operation(summary = "Delete a company and its applications; its contacts stay without a company")
    @DeleteMapping("/companies/{companyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteCompany(@PathVariable UUID companyId) {
        companies.delete(companyId);
    }

    // contacts

    @Operation(summary = "Contacts by name; filter by companyId, q matches part of the name")
    @GetMapping("/contacts")
    PageResult<ContactView> contacts(
            @RequestParam(required = false) String companyId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return contacts.list(CareerRequests.uuid(companyId, "companyId"), q, Paging.of(page, size));
    }

    @Operation(
            summary = "Add a contact: name, company (a name) or companyId, role, howMet, email, link, lastContacted,"
                    + " followUpOn, notes")
    @PostMapping("/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    ContactView createContact(@RequestBody ContactRequest body) {
        return contacts.create(body.input());
    }

    @GetMapping("/contacts/{contactId}")
    ContactView contact(@PathVariable UUID contactId) {
        return contacts.get(contactId);
    }

    @PutMapping("/contacts/{contactId}")
    ContactView replaceContact(@PathVariable UUID contactId, @RequestBody ContactRequest body) {
        return contacts.update(contactId, body.input());
    }

    @Operation(summary = "The follow-up with a contact happened: last contacted becomes today")
    @PostMapping("/contacts/{contactId}/follow-up/done")
    ContactView contactFollowedUp(@PathVariable UUID contactId) {
        return contacts.followUpDone(contactId);
    }

    @Operation(summary = "Snooze a contact's follow-up a week")
    @PostMapping("/contacts/{contactId}/follow-up/snooze")
    ContactView snoozeContact(@PathVariable UUID contactId) {
        return contacts.snooze(contactId);
    }

    @DeleteMapping("/contacts/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteContact(@PathVariable UUID contactId) {
        contacts.delete(contactId);
    }

    // events

    @Operation(summary = "Events, newest first")
    @GetMapping("/events")
    PageResult<EventView> events(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return events.list(Paging.of(page, size));
    }

    @Operation(
            summary = "Add an event: name, heldOn, kind (meetup, conference, workshop, webinar, coffee-chat,"
                    + " career-fair, other), notes, contactIds (contacts met)")
    @PostMapping("/events")
    @ResponseStatus(HttpStatus.CREATED)
    EventView createEvent(@RequestBody EventRequest body) {
        return events.create(body.input());
    }

    @GetMapping("/events/{eventId}")
    EventView event(@PathVariable UUID eventId) {
        return events.get(eventId);
    }

    @PutMapping("/events/{eventId}")
    EventView replaceEvent(@PathVariable UUID eventId, @RequestBody EventRequest body) {
        return events.update(eventId, body.input());
    }

    @DeleteMapping("/events/{eventId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteEvent(@PathVariable UUID eventId) {
        events.delete(eventId);
    }

    // the week

    @Operation(
            summary = "Due this week: overdue follow-ups, follow-ups due in the next seven days (applications and"
                    + " contacts), and this week's events")
    @GetMapping("/week")
    WeekView week() {
        return followUps.week();
    }
}
