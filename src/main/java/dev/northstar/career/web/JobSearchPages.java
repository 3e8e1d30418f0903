package dev.northstar.career.web;

import dev.northstar.career.ApplicationInput;
import dev.northstar.career.ApplicationStage;
import dev.northstar.career.ApplicationView;
import dev.northstar.career.Companies;
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
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.Paging;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The job-search pages: due this week, the applications pipeline, companies, contacts and events. Forms post their
 * fields as named in the API; on invalid input the form comes back with what was typed and the message under the
 * field.
 */
@Controller
@RequestMapping("/career")
class JobSearchPages {

    private final JobApplications applications;
    private final Companies companies;
    private final Contacts contacts;
    private final NetworkEvents events;
    private final FollowUps followUps;
    private final MessageSource messages;

    JobSearchPages(
            JobApplications applications,
            Companies companies,
            Contacts contacts,
            NetworkEvents events,
            FollowUps followUps,
            MessageSource messages) {
        this.applications = applications;
        this.companies = companies;
        this.contacts = contacts;
        this.events = events;
        this.followUps = followUps;
        this.messages = messages;
    }

    // due this week

    @GetMapping("/week")
    String week(Model model) {
        CareerPages.area(model, "week");
        model.addAttribute("week", followUps.week());
        return "career/week";
    }

    /** "done" or "snooze" on an application's follow-up; back to the week, the overview or the application. */
    @PostMapping("/applications/{applicationId}/follow-up")
    String applicationFollowUp(
            @PathVariable UUID applicationId,
            @RequestParam String action,
            @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        ApplicationView a =
                "snooze".equals(action) ? applications.snooze(applicationId) : applications.followUpDone(applicationId);
        String what = a.role() + " · " + a.companyName();
        flash.addFlashAttribute("flash", followUpMessage(action, what, a.followUpOn()));
        return back(back, "/career/applications/" + applicationId);
    }

    @PostMapping("/contacts/{contactId}/follow-up")
    String contactFollowUp(
            @PathVariable UUID contactId,
            @RequestParam String action,
            @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        ContactView c = "snooze".equals(action) ? contacts.snooze(contactId) : contacts.followUpDone(contactId);
        flash.addFlashAttribute("flash", followUpMessage(action, c.name(), c.followUpOn()));
        return back(back, "/career/contacts/" + contactId);
    }

    private String followUpMessage(String action, String what, LocalDate due) {
        return "snooze".equals(action) ? msg("career.followUp.snoozed", what, due) : msg("career.followUp.done", what);
    }

    private static String back(String back, String detail) {
        return "redirect:" + ("week".equals(back) ? "/career/week" : "overview".equals(back) ? "/career" : detail);
    }

    // applications

    @GetMapping("/applications")
    String applicationsPage(
            @RequestParam(required = false) String stage, @RequestParam(required = false) Integer page, Model model) {
        CareerPages.area(model, "applications");
        ApplicationStage s = ApplicationStage.parse(stage, "stage", null);
        Paging paging = Paging.of(page, 50);
        model.addAttribute("board", applications.board());
        model.addAttribute("list", applications.list(s, null, paging));
        model.addAttribute("stage", s);
        model.addAttribute("stages", ApplicationStage.values());
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        model.addAttribute("pagerBase", "/career/applications?stage=" + (s == null ? "" : s.key()));
        return "career/applications";
    }

    @GetMapping("/applications/new")
    String newApplication(@RequestParam(required = false) String company, Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("company", company);
        form.put("stage", ApplicationStage.WISHLIST.key());
        return applicationForm(null, form, model);
    }

    @PostMapping("/applications")
    String createApplication(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        return save(
                () -> applications.create(applicationInput(form)),
                a -> {
                    flash.addFlashAttribute(
                            "flash", msg("career.applications.created", a.role() + " · " + a.companyName()));
                    return "redirect:/career/applications/" + a.id();
                },
                () -> applicationForm(null, form, model),
                model);
    }

    @GetMapping("/applications/{applicationId}")
    String application(@PathVariable UUID applicationId, Model model) {
        CareerPages.area(model, "applications");
        model.addAttribute("a", applications.get(applicationId));
        model.addAttribute("stages", ApplicationStage.values());
        return "career/application";
    }

    @GetMapping("/applications/{applicationId}/edit")
    String editApplication(@PathVariable UUID applicationId, Model model) {
        ApplicationView a = applications.get(applicationId);
        Map<String, String> form = new HashMap<>();
        form.put("company", a.companyName());
        form.put("role", a.role());
        form.put("link", a.link());
        form.put("stage", a.stage().key());
        form.put("appliedOn", str(a.appliedOn()));
        form.put("followUpOn", str(a.followUpOn()));
        form.put("notes", a.notes());
        form.put("contactId", a.contactId() == null ? "" : a.contactId().toString());
        return applicationForm(applicationId, form, model);
    }

    @PostMapping("/applications/{applicationId}")
    String updateApplication(
            @PathVariable UUID applicationId,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes flash) {
        applications.get(applicationId);
        return save(
                () -> applications.update(applicationId, applicationInput(form)),
                a -> {
                    flash.addFlashAttribute("flash", msg("career.applications.saved"));
                    return "redirect:/career/applications/" + a.id();
                },
                () -> applicationForm(applicationId, form, model),
                model);
    }

    @PostMapping("/applications/{applicationId}/stage")
    String changeStage(
            @PathVariable UUID applicationId,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        try {
            ApplicationView a = applications.changeStage(
                    applicationId, ApplicationStage.parse(stage, "stage", null), CareerRequests.date(on, "on"));
            flash.addFlashAttribute(
                    "flash",
                    msg(
                            "career.applications.moved",
                            a.role() + " · " + a.companyName(),
                            a.stage().label()));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:" + ("board".equals(back) ? "/career/applications" : "/career/applications/" + applicationId);
    }

    @PostMapping("/applications/{applicationId}/delete")
    String deleteApplication(@PathVariable UUID applicationId, RedirectAttributes flash) {
        ApplicationView a = applications.get(applicationId);
        applications.delete(applicationId);
        flash.addFlashAttribute("flash", msg("career.applications.deleted", a.role() + " · " + a.companyName()));
        return "redirect:/career/applications";
    }

    private String applicationForm(UUID applicationId, Map<String, String> form, Model model) {
        CareerPages.area(model, "applications");
        model.addAttribute("applicationId", applicationId);
        model.addAttribute("form", form);
        model.addAttribute("stages", ApplicationStage.values());
        model.addAttribute("companies", companies.all());
        model.addAttribute("contacts", contacts.all());
        return "career/application-form";
    }

    private static ApplicationInput applicationInput(Map<String, String> form) {
        return new ApplicationInput(
                null,
                form.get("company"),
                form.get("role"),
                form.get("link"),
                ApplicationStage.parse(form.get("stage"), "stage", ApplicationStage.WISHLIST),
                CareerRequests.date(form.get("appliedOn"), "appliedOn"),
                CareerRequests.date(form.get("followUpOn"), "followUpOn"),
                form.get("notes"),
                CareerRequests.uuid(form.get("contactId"), "contactId"));
    }

    // companies

    @GetMapping("/companies")
    String companiesPage(
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        CareerPages.area(model, "contacts");
        Paging paging = Paging.of(page, 50);
        model.addAttribute("companies", companies.list(q, paging));
        model.addAttribute("q", q);
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        return "career/companies";
    }

    @GetMapping("/companies/new")
    String newCompany(Model model) {
        return companyForm(null, new HashMap<>(), model);
    }

    @PostMapping("/companies")
    String createCompany(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        return save(
                () -> companies.create(companyInput(form)),
                c -> {
                    flash.addFlashAttribute("flash", msg("career.companies.created", c.name()));
                    return "redirect:/career/companies/" + c.id();
                },
                () -> companyForm(null, form, model),
                model);
    }

    @GetMapping("/companies/{companyId}")
    String company(@PathVariable UUID companyId, Model model) {
        CareerPages.area(model, "contacts");
        model.addAttribute("d", companies.detail(companyId));
        return "career/company";
    }

    @GetMapping("/companies/{companyId}/edit")
    String editCompany(@PathVariable UUID companyId, Model model) {
        CompanyView c = companies.get(companyId);
        Map<String, String> form = new HashMap<>();
        form.put("name", c.name());
        form.put("website", c.website());
        form.put("notes", c.notes());
        return companyForm(companyId, form, model);
    }

    @PostMapping("/companies/{companyId}")
    String updateCompany(
            @PathVariable UUID companyId,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes flash) {
        companies.get(companyId);
        return save(
                () -> companies.update(companyId, companyInput(form)),
                c -> {
                    flash.addFlashAttribute("flash", msg("career.companies.saved"));
                    return "redirect:/career/companies/" + c.id();
                },
                () -> companyForm(companyId, form, model),
                model);
    }

    @PostMapping("/companies/{companyId}/delete")
    String deleteCompany(@PathVariable UUID companyId, RedirectAttributes flash) {
        CompanyView c = companies.get(companyId);
        companies.delete(companyId);
        flash.addFlashAttribute("flash", msg("career.companies.deleted", c.name()));
        return "redirect:/career/companies";
    }

    private String companyForm(UUID companyId, Map<String, String> form, Model model) {
        CareerPages.area(model, "contacts");
        model.addAttribute("companyId", companyId);
        model.addAttribute("form", form);
        return "career/company-form";
    }

    private static CompanyInput companyInput(Map<String, String> form) {
        return new CompanyInput(form.get("name"), form.get("website"), form.get("notes"));
    }

    // contacts

    @GetMapping("/contacts")
    String contactsPage(
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        CareerPages.area(model, "contacts");
        Paging paging = Paging.of(page, 50);
        model.addAttribute("contacts", contacts.list(null, q, paging));
        model.addAttribute("q", q);
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        model.addAttribute("today", LocalDate.now());
        return "career/contacts";
    }

    @GetMapping("/contacts/new")
    String newContact(@RequestParam(required = false) String company, Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("company", company);
        return contactForm(null, form, model);
    }

    @PostMapping("/contacts")
    String createContact(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        return save(
                () -> contacts.create(contactInput(form)),
                c -> {
                    flash.addFlashAttribute("flash", msg("career.contacts.created", c.name()));
                    return "redirect:/career/contacts/" + c.id();
                },
                () -> contactForm(null, form, model),
                model);
    }

    @GetMapping("/contacts/{contactId}")
    String contact(@PathVariable UUID contactId, Model model) {
        CareerPages.area(model, "contacts");
        model.addAttribute("c", contacts.get(contactId));
        model.addAttribute("events", events.metWith(contactId));
        model.addAttribute("today", LocalDate.now());
        return "career/contact";
    }

    @GetMapping("/contacts/{contactId}/edit")
    String editContact(@PathVariable UUID contactId, Model model) {
        ContactView c = contacts.get(contactId);
        Map<String, String> form = new HashMap<>();
        form.put("name", c.name());
        form.put("company", c.companyName());
        form.put("role", c.role());
        form.put("howMet", c.howMet());
        form.put("email", c.email());
        form.put("link", c.link());
        form.put("lastContacted", str(c.lastContacted()));
        form.put("followUpOn", str(c.followUpOn()));
        form.put("notes", c.notes());
        return contactForm(contactId, form, model);
    }

    @PostMapping("/contacts/{contactId}")
    String updateContact(
            @PathVariable UUID contactId,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes flash) {
        contacts.get(contactId);
        return save(
                () -> contacts.update(contactId, contactInput(form)),
                c -> {
                    flash.addFlashAttribute("flash", msg("career.contacts.saved"));
                    return "redirect:/career/contacts/" + c.id();
                },
                () -> contactForm(contactId, form, model),
                model);
    }

    @PostMapping("/contacts/{contactId}/delete")
    String deleteContact(@PathVariable UUID contactId, RedirectAttributes flash) {
        ContactView c = contacts.get(contactId);
        contacts.delete(contactId);
        flash.addFlashAttribute("flash", msg("career.contacts.deleted", c.name()));
        return "redirect:/career/contacts";
    }

    private String contactForm(UUID contactId, Map<String, String> form, Model model) {
        CareerPages.area(model, "contacts");
        model.addAttribute("contactId", contactId);
        model.addAttribute("form", form);
        model.addAttribute("companies", companies.all());
        return "career/contact-form";
    }

    private static ContactInput contactInput(Map<String, String> form) {
        return new ContactInput(
                form.get("name"),
                null,
                form.get("company"),
                form.get("role"),
                form.get("howMet"),
                form.get("email"),
                form.get("link"),
                CareerRequests.date(form.get("lastContacted"), "lastContacted"),
                CareerRequests.date(form.get("followUpOn"), "followUpOn"),
                form.get("notes"));
    }

    // events

    @GetMapping("/events")
    String eventsPage(@RequestParam(required = false) Integer page, Model model) {
        CareerPages.area(model, "events");
        Paging paging = Paging.of(page, 50);
        model.addAttribute("events", events.list(paging));
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        return "career/events";
    }

    @GetMapping("/events/new")
    String newEvent(Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("heldOn", LocalDate.now().toString());
        form.put("kind", EventKind.MEETUP.key());
        return eventForm(null, form, List.of(), model);
    }

    @PostMapping("/events")
    String createEvent(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
        Map<String, String> form = params.toSingleValueMap();
        List<String> met = params.getOrDefault("contactIds", List.of());
        return save(
                () -> events.create(eventInput(form, met)),
                e -> {
                    flash.addFlashAttribute("flash", msg("career.events.created", e.name()));
                    return "redirect:/career/events/" + e.id();
                },
                () -> eventForm(null, form, met, model),
                model);
    }

    @GetMapping("/events/{eventId}")
    String event(@PathVariable UUID eventId, Model model) {
        CareerPages.area(model, "events");
        model.addAttribute("e", events.get(eventId));
        return "career/event";
    }

    @GetMapping("/events/{eventId}/edit")
    String editEvent(@PathVariable UUID eventId, Model model) {
        EventView e = events.get(eventId);
        Map<String, String> form = new HashMap<>();
        form.put("name", e.name());
        form.put("heldOn", str(e.heldOn()));
        form.put("kind", e.kind().key());
        form.put("notes", e.notes());
        return eventForm(
                eventId, form, e.contacts().stream().map(m -> m.id().toString()).toList(), model);
    }

    @PostMapping("/events/{eventId}")
    String updateEvent(
            @PathVariable UUID eventId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes flash) {
        events.get(eventId);
        Map<String, String> form = params.toSingleValueMap();
        List<String> met = params.getOrDefault("contactIds", List.of());
        return save(
                () -> events.update(eventId, eventInput(form, met)),
                e -> {
                    flash.addFlashAttribute("flash", msg("career.events.saved"));
                    return "redirect:/career/events/" + e.id();
                },
                () -> eventForm(eventId, form, met, model),
                model);
    }

    @PostMapping("/events/{eventId}/delete")
    String deleteEvent(@PathVariable UUID eventId, RedirectAttributes flash) {
        EventView e = events.get(eventId);
        events.delete(eventId);
        flash.addFlashAttribute("flash", msg("career.events.deleted", e.name()));
        return "redirect:/career/events";
    }

    private String eventForm(UUID eventId, Map<String, String> form, List<String> met, Model model) {
        CareerPages.area(model, "events");
        model.addAttribute("eventId", eventId);
        model.addAttribute("form", form);
        model.addAttribute("met", met);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("contacts", contacts.all());
        return "career/event-form";
    }

    private static EventInput eventInput(Map<String, String> form, List<String> met) {
        return new EventInput(
                form.get("name"),
                CareerRequests.date(form.get("heldOn"), "heldOn"),
                EventKind.parse(form.get("kind"), "kind", EventKind.OTHER),
                form.get("notes"),
                CareerRequests.uuids(met, "contactIds"));
    }

    // helpers

    /** Runs a save; on invalid input puts the error in the model and re-renders the form. */
    private <T> String save(
            Supplier<T> action, java.util.function.Function<T, String> then, Supplier<String> reRender, Model model) {
        try {
            return then.apply(action.get());
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return reRender.get();
        }
    }

    private static String str(Object value) {
        return Objects.toString(value, null);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
