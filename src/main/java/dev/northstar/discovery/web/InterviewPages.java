package dev.northstar.discovery.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.GuideDraft;
import dev.northstar.discovery.InterviewGuideView;
import dev.northstar.discovery.InterviewSessionDetail;
import dev.northstar.discovery.InterviewSessionView;
import dev.northstar.discovery.Interviews;
import dev.northstar.discovery.NewNote;
import dev.northstar.discovery.SessionDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Interview guides and sessions, and taking notes during a session. */
@Controller
@RequestMapping("/products/{productId}/interviews")
class InterviewPages {

    /** What the session form holds, so it can be shown again with its messages. */
    record SessionForm(
            String interviewee,
            String company,
            String segment,
            String plan,
            String date,
            String guideId,
            String summary,
            Integer version) {

        static SessionForm of(InterviewSessionView s) {
            return new SessionForm(
                    s.interviewee(),
                    s.company(),
                    s.segment(),
                    s.plan(),
                    s.date().toString(),
                    s.guideId() == null ? "" : s.guideId().toString(),
                    s.summary(),
                    s.version());
        }

        SessionDraft draft() {
            return ResearchForms.sessionDraft(interviewee, company, segment, plan, date, guideId, summary);
        }
    }

    private static final int GUIDES_SHOWN = 100;

    private final Interviews interviews;
    private final ResearchPage page;

    InterviewPages(Interviews interviews, ResearchPage page) {
        this.interviews = interviews;
        this.page = page;
    }

    @GetMapping
    String index(@PathVariable UUID productId, @RequestParam(defaultValue = "0") int page, Model model) {
        this.page.prepare(productId, "interviews", model);
        Paging paging = Paging.of(page, 25);
        PageResult<InterviewSessionView> sessions = interviews.sessions(productId, null, paging);
        model.addAttribute("guides", interviews.guides(productId, Paging.of(0, GUIDES_SHOWN)));
        model.addAttribute("sessions", sessions);
        model.addAttribute("paging", paging);
        return "discovery/interviews/index";
    }

    // --- guides

    @GetMapping("/guides/new")
    String newGuide(@PathVariable UUID productId, Model model) {
        page.prepare(productId, "interviews", model);
        return "discovery/interviews/guide-new";
    }

    @PostMapping("/guides")
    String createGuide(
            @PathVariable UUID productId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String goal,
            @RequestParam(defaultValue = "") String questions,
            Model model,
            RedirectAttributes flash) {
        try {
            InterviewGuideView g =
                    interviews.createGuide(productId, new GuideDraft(title, goal, List.of(questions.split("\\R"))));
            flash.addFlashAttribute(
                    "flash",
                    "Guide “" + g.title() + "” created with " + g.questions().size() + " questions.");
            return "redirect:/products/" + productId + "/interviews/guides/" + g.id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("title", title);
            model.addAttribute("goal", goal);
            model.addAttribute("questions", questions);
            return newGuide(productId, model);
        }
    }

    @GetMapping("/guides/{guideId}")
    String guide(@PathVariable UUID productId, @PathVariable UUID guideId, Model model) {
        page.prepare(productId, "interviews", model);
        InterviewGuideView g = interviews.guide(productId, guideId);
        model.addAttribute("guide", g);
        model.addAttribute("sessions", interviews.sessions(productId, guideId, Paging.of(0, 50)));
        return "discovery/interviews/guide";
    }

    @PostMapping("/guides/{guideId}")
    String describeGuide(
            @PathVariable UUID productId,
            @PathVariable UUID guideId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String goal,
            @RequestParam(required = false) Integer version,
            Model model,
            RedirectAttributes flash) {
        try {
            interviews.describeGuide(productId, guideId, title, goal, version);
            flash.addFlashAttribute("flash", "Guide saved.");
            return guideRedirect(productId, guideId);
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("title", title);
            model.addAttribute("goal", goal);
            return guide(productId, guideId, model);
        }
    }

    @PostMapping("/guides/{guideId}/questions")
    String addQuestion(
            @PathVariable UUID productId,
            @PathVariable UUID guideId,
            @RequestParam(defaultValue = "") String prompt,
            Model model,
            RedirectAttributes flash) {
        try {
            interviews.addGuideQuestion(productId, guideId, prompt);
            flash.addFlashAttribute("flash", "Question added.");
            return guideRedirect(productId, guideId) + "#add-question";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("prompt", prompt);
            return guide(productId, guideId, model);
        }
    }

    @PostMapping("/guides/{guideId}/questions/{questionId}")
    String editQuestion(
            @PathVariable UUID productId,
            @PathVariable UUID guideId,
            @PathVariable UUID questionId,
            @RequestParam(defaultValue = "") String prompt,
            RedirectAttributes flash) {
        try {
            interviews.editGuideQuestion(productId, guideId, questionId, prompt);
            flash.addFlashAttribute("flash", "Question saved.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("flashError", e.getMessage().replaceFirst("^prompt: ", ""));
        }
        return guideRedirect(productId, guideId);
    }

    @PostMapping("/guides/{guideId}/questions/{questionId}/move")
    String moveQuestion(
            @PathVariable UUID productId,
            @PathVariable UUID guideId,
            @PathVariable UUID questionId,
            @RequestParam int by) {
        interviews.moveGuideQuestion(productId, guideId, questionId, by);
        return guideRedirect(productId, guideId) + "#q-" + questionId;
    }

    @PostMapping("/guides/{guideId}/questions/{questionId}/delete")
    String removeQuestion(
            @PathVariable UUID productId,
            @PathVariable UUID guideId,
            @PathVariable UUID questionId,
            RedirectAttributes flash) {
        interviews.removeGuideQuestion(productId, guideId, questionId);
        flash.addFlashAttribute("flash", "Question removed.");
        return guideRedirect(productId, guideId);
    }

    @PostMapping("/guides/{guideId}/delete")
    String deleteGuide(@PathVariable UUID productId, @PathVariable UUID guideId, RedirectAttributes flash) {
        InterviewGuideView g = interviews.guide(productId, guideId);
        interviews.deleteGuide(productId, guideId);
        flash.addFlashAttribute("flash", "Guide “" + g.title() + "” deleted. Sessions that used it are kept.");
        return "redirect:/products/" + productId + "/interviews";
    }

    // --- sessions

    @GetMapping("/sessions/new")
    String newSession(@PathVariable UUID productId, @RequestParam(required = false) UUID guideId, Model model) {
        page.prepare(productId, "interviews", model);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new SessionForm(
                            "",
                            "",
                            "",
                            "",
                            LocalDate.now().toString(),
                            guideId == null ? "" : guideId.toString(),
                            "",
                            null));
        }
        model.addAttribute(
                "guides",
                interviews.guides(productId, Paging.of(0, GUIDES_SHOWN)).items());
        return "discovery/interviews/session-form";
    }

    @PostMapping("/sessions")
    String createSession(@PathVariable UUID productId, SessionForm form, Model model, RedirectAttributes flash) {
        try {
            InterviewSessionView s = interviews.createSession(productId, form.draft());
            flash.addFlashAttribute(
                    "flash",
                    "Session with " + s.interviewee()
                            + " recorded. Take notes below; each lands in the feedback inbox.");
            return "redirect:/products/" + productId + "/interviews/sessions/" + s.id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("form", form);
            return newSession(productId, null, model);
        }
    }

    @GetMapping("/sessions/{sessionId}")
    String session(@PathVariable UUID productId, @PathVariable UUID sessionId, Model model) {
        page.prepare(productId, "interviews", model);
        model.addAttribute("detail", interviews.session(productId, sessionId));
        return "discovery/interviews/session";
    }

    @GetMapping("/sessions/{sessionId}/edit")
    String editSession(@PathVariable UUID productId, @PathVariable UUID sessionId, Model model) {
        page.prepare(productId, "interviews", model);
        InterviewSessionView s = interviews.session(productId, sessionId).session();
        model.addAttribute("editing", s);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SessionForm.of(s));
        }
        model.addAttribute(
                "guides",
                interviews.guides(productId, Paging.of(0, GUIDES_SHOWN)).items());
        return "discovery/interviews/session-form";
    }

    @PostMapping("/sessions/{sessionId}")
    String updateSession(
            @PathVariable UUID productId,
            @PathVariable UUID sessionId,
            SessionForm form,
            Model model,
            RedirectAttributes flash) {
        try {
            interviews.updateSession(productId, sessionId, form.draft(), form.version());
            flash.addFlashAttribute("flash", "Session saved.");
            return sessionRedirect(productId, sessionId);
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("form", form);
            return editSession(productId, sessionId, model);
        }
    }

    @PostMapping("/sessions/{sessionId}/delete")
    String deleteSession(@PathVariable UUID productId, @PathVariable UUID sessionId, RedirectAttributes flash) {
        interviews.deleteSession(productId, sessionId);
        flash.addFlashAttribute("flash", "Session deleted. Its notes are still in the feedback inbox.");
        return "redirect:/products/" + productId + "/interviews";
    }

    @PostMapping("/sessions/{sessionId}/notes")
    String addNote(
            @PathVariable UUID productId,
            @PathVariable UUID sessionId,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String tags,
            @RequestParam(defaultValue = "false") boolean quote,
            Model model,
            RedirectAttributes flash) {
        try {
            List<String> all = new ArrayList<>(NewNote.splitTags(tags));
            if (quote) {
                all.add("quote");
            }
            interviews.addNote(productId, sessionId, text, all);
            flash.addFlashAttribute("noteAdded", true);
            flash.addFlashAttribute("flash", quote ? "Quote added to the inbox." : "Note added to the inbox.");
            return sessionRedirect(productId, sessionId) + "#take-notes";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("text", text);
            model.addAttribute("tags", tags);
            model.addAttribute("quote", quote);
            return session(productId, sessionId, model);
        }
    }

    /** Ticks a guide question; an htmx request gets the checklist back, a plain form a redirect. */
    @PostMapping("/sessions/{sessionId}/checklist/{questionId}")
    String cover(
            @PathVariable UUID productId,
            @PathVariable UUID sessionId,
            @PathVariable UUID questionId,
            @RequestParam boolean covered,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        InterviewSessionDetail detail = interviews.markCovered(productId, sessionId, questionId, covered);
        if (htmx != null) {
            page.prepare(productId, "interviews", model);
            model.addAttribute("detail", detail);
            return "discovery/interviews/session :: checklist";
        }
        return sessionRedirect(productId, sessionId) + "#checklist";
    }

    private static String guideRedirect(UUID productId, UUID guideId) {
        return "redirect:/products/" + productId + "/interviews/guides/" + guideId;
    }

    private static String sessionRedirect(UUID productId, UUID sessionId) {
        return "redirect:/products/" + productId + "/interviews/sessions/" + sessionId;
    }
}
