package dev.northstar.discovery.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.QuestionType;
import dev.northstar.discovery.SurveyDraft;
import dev.northstar.discovery.SurveyQuestion;
import dev.northstar.discovery.SurveyResponseView;
import dev.northstar.discovery.SurveyStatus;
import dev.northstar.discovery.SurveyView;
import dev.northstar.discovery.Surveys;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Designing surveys, opening and closing them, and reading their results and responses. */
@Controller
@RequestMapping("/products/{productId}/surveys")
class SurveyPages {

    /** The question form, kept to show it again with its messages. */
    record QuestionForm(String key, String type, String prompt, String options, Boolean required) {

        static final QuestionForm EMPTY = new QuestionForm(null, "NPS", "", "", true);

        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }

        SurveyQuestion question() {
            return new SurveyQuestion(
                    null,
                    QuestionType.parse(type, "type"),
                    prompt,
                    SurveyQuestion.lines(options),
                    Boolean.TRUE.equals(required));
        }
    }

    private final Surveys surveys;
    private final ResearchPage page;

    SurveyPages(Surveys surveys, ResearchPage page) {
        this.surveys = surveys;
        this.page = page;
    }

    @GetMapping
    String index(@PathVariable UUID productId, @RequestParam(defaultValue = "0") int page, Model model) {
        this.page.prepare(productId, "surveys", model);
        Paging paging = Paging.of(page, 25);
        model.addAttribute("surveys", surveys.list(productId, paging));
        model.addAttribute("paging", paging);
        return "discovery/surveys/index";
    }

    @PostMapping
    String create(
            @PathVariable UUID productId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String intro,
            Model model,
            RedirectAttributes flash) {
        try {
            SurveyView s = surveys.create(productId, new SurveyDraft(title, intro, List.of()));
            flash.addFlashAttribute(
                    "flash", "Survey “" + s.title() + "” created as a draft. Add its questions, then open it.");
            return redirect(productId, s.id());
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("title", title);
            model.addAttribute("intro", intro);
            return index(productId, 0, model);
        }
    }

    @GetMapping("/{surveyId}")
    String design(@PathVariable UUID productId, @PathVariable UUID surveyId, Model model, HttpServletRequest request) {
        page.prepare(productId, "surveys", model);
        SurveyView s = surveys.get(productId, surveyId);
        model.addAttribute("survey", s);
        model.addAttribute("types", QuestionType.values());
        model.addAttribute(
                "publicUrl",
                ServletUriComponentsBuilder.fromContextPath(request)
                        .path(s.publicPath())
                        .toUriString());
        if (!model.containsAttribute("question")) {
            model.addAttribute("question", QuestionForm.EMPTY);
        }
        return "discovery/surveys/design";
    }

    @PostMapping("/{surveyId}")
    String describe(
            @PathVariable UUID productId,
            @PathVariable UUID surveyId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String intro,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            surveys.describe(productId, surveyId, title, intro, version);
            flash.addFlashAttribute("flash", "Survey saved.");
            return redirect(productId, surveyId);
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("title", title);
            model.addAttribute("intro", intro);
            return design(productId, surveyId, model, request);
        }
    }

    @PostMapping("/{surveyId}/questions")
    String addQuestion(
            @PathVariable UUID productId,
            @PathVariable UUID surveyId,
            QuestionForm form,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            surveys.addQuestion(productId, surveyId, form.question());
            flash.addFlashAttribute("flash", "Question added.");
            return redirect(productId, surveyId) + "#add-question";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("question", form);
            return design(productId, surveyId, model, request);
        }
    }

    @PostMapping("/{surveyId}/questions/{key}")
    String editQuestion(
            @PathVariable UUID productId,
            @PathVariable UUID surveyId,
            @PathVariable String key,
            QuestionForm form,
            RedirectAttributes flash) {
        try {
            surveys.updateQuestion(productId, surveyId, key, form.question());
            flash.addFlashAttribute("flash", "Question saved.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(
                    "flashError",
                    "Question not saved: "
                            + String.join(
                                    "; ",
                                    e.errors().stream()
                                            .map(InvalidInputException.FieldError::message)
                                            .toList()));
        }
        return redirect(productId, surveyId) + "#q-" + key;
    }

    @PostMapping("/{surveyId}/questions/{key}/move")
    String moveQuestion(
            @PathVariable UUID productId, @PathVariable UUID surveyId, @PathVariable String key, @RequestParam int by) {
        surveys.moveQuestion(productId, surveyId, key, by);
        return redirect(productId, surveyId) + "#q-" + key;
    }

    @PostMapping("/{surveyId}/questions/{key}/delete")
    String removeQuestion(
            @PathVariable UUID productId,
            @PathVariable UUID surveyId,
            @PathVariable String key,
            RedirectAttributes flash) {
        surveys.removeQuestion(productId, surveyId, key);
        flash.addFlashAttribute("flash", "Question removed.");
        return redirect(productId, surveyId);
    }

    @PostMapping("/{surveyId}/status")
    String status(
            @PathVariable UUID productId,
            @PathVariable UUID surveyId,
            @RequestParam String status,
            RedirectAttributes flash) {
        try {
            SurveyView s = surveys.changeStatus(productId, surveyId, SurveyStatus.parse(status, "status"));
            flash.addFlashAttribute(
                    "flash",
                    switch (s.status()) {
                        case OPEN -> "Survey open: anyone with the public link can answer it now.";
                        case CLOSED -> "Survey closed: the public link no longer takes answers.";
                        case DRAFT -> "Survey is a draft.";
                    });
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("flashError", e.errors().getFirst().message());
        }
        return redirect(productId, surveyId);
    }

    @PostMapping("/{surveyId}/delete")
    String delete(@PathVariable UUID productId, @PathVariable UUID surveyId, RedirectAttributes flash) {
        SurveyView s = surveys.get(productId, surveyId);
        surveys.delete(productId, surveyId);
        flash.addFlashAttribute(
                "flash",
                "Survey “" + s.title()
                        + "” deleted with its responses. Notes made from its answers stay in the inbox.");
        return "redirect:/products/" + productId + "/surveys";
    }

    @GetMapping("/{surveyId}/results")
    String results(@PathVariable UUID productId, @PathVariable UUID surveyId, Model model) {
        page.prepare(productId, "surveys", model);
        model.addAttribute("survey", surveys.get(productId, surveyId));
        model.addAttribute("results", surveys.results(productId, surveyId));
        return "discovery/surveys/results";
    }

    @GetMapping("/{surveyId}/responses")
    String responses(
            @PathVariable UUID productId,
            @PathVariable UUID surveyId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        this.page.prepare(productId, "surveys", model);
        Paging paging = Paging.of(page, 25);
        PageResult<SurveyResponseView> r = surveys.responses(productId, surveyId, paging);
        model.addAttribute("survey", surveys.get(productId, surveyId));
        model.addAttribute("responses", r);
        model.addAttribute("paging", paging);
        return "discovery/surveys/responses";
    }

    private static String redirect(UUID productId, UUID surveyId) {
        return "redirect:/products/" + productId + "/surveys/" + surveyId;
    }
}
