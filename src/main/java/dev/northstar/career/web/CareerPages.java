package dev.northstar.career.web;

import dev.northstar.career.AssessmentView;
import dev.northstar.career.CareerLadder;
import dev.northstar.career.CareerLibrary;
import dev.northstar.career.CareerOverview;
import dev.northstar.career.LadderPosition;
import dev.northstar.career.LearningPlans;
import dev.northstar.career.SkillAssessments;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.Paging;
import dev.northstar.practice.Skill;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The skills side of career: where I stand, the self-assessment with its history, the ladder and the plan. */
@Controller
@RequestMapping("/career")
class CareerPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The assessment form as posted: the day, the level chosen per skill key and the notes. */
    record AssessmentForm(String assessedOn, Map<String, String> levels, Map<String, String> notes) {

        /** A new assessment starts from the previous ratings, if any, so only what changed needs a click. */
        static AssessmentForm startingFrom(AssessmentView previous) {
            Map<String, String> levels = new HashMap<>();
            if (previous != null) {
                previous.ratings().forEach(r -> levels.put(r.skill().key(), String.valueOf(r.level())));
            }
            return new AssessmentForm(LocalDate.now().toString(), levels, new HashMap<>());
        }

        static AssessmentForm read(Map<String, String> params) {
            Map<String, String> levels = new LinkedHashMap<>();
            Map<String, String> notes = new LinkedHashMap<>();
            for (Skill s : Skill.values()) {
                levels.put(s.key(), params.get("ratings." + s.key()));
                notes.put(s.key(), params.get("notes." + s.key()));
            }
            return new AssessmentForm(params.get("assessedOn"), levels, notes);
        }

        public String level(String skill) {
            return levels.get(skill);
        }
    }

    private final CareerLibrary library;
    private final SkillAssessments assessments;
    private final CareerLadder ladder;
    private final LearningPlans plans;
    private final CareerOverview overview;
    private final MessageSource messages;

    CareerPages(
            CareerLibrary library,
            SkillAssessments assessments,
            CareerLadder ladder,
            LearningPlans plans,
            CareerOverview overview,
            MessageSource messages) {
        this.library = library;
        this.assessments = assessments;
        this.ladder = ladder;
        this.plans = plans;
        this.overview = overview;
        this.messages = messages;
    }

    @GetMapping
    String overview(Model model) {
        area(model, "career");
        model.addAttribute("o", overview.get());
        return "career/overview";
    }

    // assessment

    @GetMapping("/assessment")
    String assessment(@RequestParam(required = false) Integer page, Model model) {
        return assessmentPage(AssessmentForm.startingFrom(assessments.latest().orElse(null)), page, model);
    }

    @PostMapping("/assessment")
    String record(@RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        AssessmentForm form = AssessmentForm.read(params);
        try {
            AssessmentView a =
                    assessments.record(CareerRequests.assessment(form.assessedOn(), form.levels(), form.notes()));
            flash.addFlashAttribute("flash", msg("career.assessment.saved", a.assessedOn()));
            return "redirect:/career/plan";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return assessmentPage(form, null, model);
        }
    }

    @GetMapping("/assessment/compare")
    String compare(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        area(model, "assessment");
        List<AssessmentView> all = assessments.history().reversed();
        model.addAttribute("all", all);
        if (from == null && to == null && all.size() >= 2) {
            from = all.get(1).id().toString();
            to = all.get(0).id().toString();
        }
        if (all.size() < 2) {
            return "career/compare";
        }
        try {
            model.addAttribute(
                    "comparison",
                    assessments.compare(CareerRequests.uuid(from, "from"), CareerRequests.uuid(to, "to")));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "career/compare";
    }

    @GetMapping("/assessment/{assessmentId}")
    String assessmentView(@PathVariable UUID assessmentId, Model model) {
        area(model, "assessment");
        model.addAttribute("a", assessments.get(assessmentId));
        model.addAttribute("guides", library.skills());
        return "career/assessment-view";
    }

    @PostMapping("/assessment/{assessmentId}/delete")
    String deleteAssessment(@PathVariable UUID assessmentId, RedirectAttributes flash) {
        AssessmentView a = assessments.get(assessmentId);
        assessments.delete(assessmentId);
        flash.addFlashAttribute("flash", msg("career.assessment.deleted", a.assessedOn()));
        return "redirect:/career/assessment";
    }

    private String assessmentPage(AssessmentForm form, Integer page, Model model) {
        area(model, "assessment");
        Paging paging = Paging.of(page, 20);
        List<AssessmentView> history = assessments.history();
        model.addAttribute("form", form);
        model.addAttribute("guides", library.skills());
        model.addAttribute("assessments", assessments.list(paging));
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        model.addAttribute("latest", history.isEmpty() ? null : history.getLast());
        model.addAttribute("charts", charts(history));
        model.addAttribute("today", LocalDate.now().toString());
        return "career/assessment";
    }

    /** One chart per skill: the days and the levels, as JSON for career.js. */
    private static List<Map<String, String>> charts(List<AssessmentView> history) {
        List<Map<String, String>> out = new ArrayList<>();
        List<String> days = history.stream().map(a -> a.assessedOn().toString()).toList();
        for (Skill s : Skill.values()) {
            List<Integer> levels = history.stream().map(a -> a.level(s)).toList();
            out.add(Map.of(
                    "key", s.key(),
                    "label", s.label(),
                    "data", JSON.writeValueAsString(Map.of("labels", days, "values", levels, "label", s.label()))));
        }
        return out;
    }

    // ladder

    @GetMapping("/ladder")
    String ladderPage(Model model) {
        return ladder(null, null, model);
    }

    @PostMapping("/ladder/position")
    String position(
            @RequestParam(required = false) String current,
            @RequestParam(required = false) String target,
            Model model,
            RedirectAttributes flash) {
        try {
            LadderPosition p = ladder.setPosition(current, target);
            flash.addFlashAttribute(
                    "flash",
                    msg(
                            "career.ladder.saved",
                            p.current() == null ? "—" : p.current().name(),
                            p.target() == null ? "—" : p.target().name()));
            return "redirect:/career/ladder";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return ladder(current, target, model);
        }
    }

    private String ladder(String current, String target, Model model) {
        area(model, "ladder");
        LadderPosition position = ladder.position();
        model.addAttribute("levels", ladder.levels());
        model.addAttribute("skills", Skill.values());
        model.addAttribute("standing", ladder.standing());
        model.addAttribute(
                "currentKey",
                current != null
                        ? current
                        : position.current() == null ? "" : position.current().key());
        model.addAttribute(
                "targetKey",
                target != null
                        ? target
                        : position.target() == null ? "" : position.target().key());
        return "career/ladder";
    }

    // plan

    @GetMapping("/plan")
    String plan(Model model) {
        area(model, "plan");
        model.addAttribute("plan", plans.plan());
        return "career/plan";
    }

    @PostMapping("/plan/items")
    String mark(@RequestParam String key, @RequestParam(defaultValue = "true") boolean done, RedirectAttributes flash) {
        plans.mark(key, done);
        flash.addFlashAttribute("flash", msg(done ? "career.plan.marked" : "career.plan.unmarked"));
        return "redirect:/career/plan#item-" + key.replace(':', '-');
    }

    @PostMapping("/plan/regenerate")
    String regenerate(RedirectAttributes flash) {
        plans.regenerate();
        flash.addFlashAttribute("flash", msg("career.plan.regenerated"));
        return "redirect:/career/plan";
    }

    static void area(Model model, String section) {
        model.addAttribute("area", "career");
        model.addAttribute("section", section);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
