package dev.northstar.practice.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.Paging;
import dev.northstar.practice.InterviewRound;
import dev.northstar.practice.MockRequest;
import dev.northstar.practice.MockSessions;
import dev.northstar.practice.MockView;
import dev.northstar.practice.PracticeLibrary;
import dev.northstar.practice.QuestionCategory;
import java.util.LinkedHashMap;
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

/** Mock sessions: start one, answer each question against the clock, score it, read the summary, share it. */
@Controller
@RequestMapping("/practice/mocks")
class MockPages {

    private final MockSessions mocks;
    private final PracticeLibrary library;
    private final MessageSource messages;

    MockPages(MockSessions mocks, PracticeLibrary library, MessageSource messages) {
        this.mocks = mocks;
        this.library = library;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String round,
            @RequestParam(required = false) String question,
            Model model) {
        Paging paging = Paging.of(page, 25);
        model.addAttribute("sessions", mocks.list(paging));
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        model.addAttribute(
                "question", question == null ? null : library.question(question).orElse(null));
        model.addAttribute("form", Map.of("round", round == null ? "" : round, "count", "3"));
        return listPage(model);
    }

    @GetMapping("/new")
    String startOne(@RequestParam(required = false) String question, Model model) {
        return list(null, null, question, model);
    }

    @PostMapping
    String create(@RequestParam Map<String, String> form, Model model) {
        try {
            MockView m = mocks.create(new MockRequest(
                    form.get("round"),
                    form.get("category"),
                    form.get("questionId"),
                    number(form.get("count"), "count"),
                    number(form.get("minutes"), "minutes")));
            return "redirect:/practice/mocks/" + m.id() + "/q/0";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("sessions", mocks.list(Paging.of(0, 25)));
            model.addAttribute("page", 0);
            model.addAttribute("size", 25);
            model.addAttribute("form", form);
            model.addAttribute(
                    "question", library.question(form.get("questionId")).orElse(null));
            return listPage(model);
        }
    }

    @GetMapping("/{id}")
    String session(@PathVariable UUID id, Model model) {
        area(model);
        model.addAttribute("mock", mocks.get(id));
        return "practice/mocks/session";
    }

    @GetMapping("/{id}/q/{position}")
    String question(@PathVariable UUID id, @PathVariable int position, Model model) {
        MockView m = mocks.begin(id, position);
        return questionPage(m, position, null, null, model);
    }

    @PostMapping("/{id}/q/{position}")
    String answer(
            @PathVariable UUID id, @PathVariable int position, @RequestParam Map<String, String> form, Model model) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("answer.")) {
                fields.put(k.substring("answer.".length()), v);
            }
        });
        try {
            return questionPage(mocks.answer(id, position, fields), position, null, null, model);
        } catch (InvalidInputException e) {
            return questionPage(mocks.get(id), position, fields, e, model);
        }
    }

    @PostMapping("/{id}/q/{position}/score")
    String score(
            @PathVariable UUID id,
            @PathVariable int position,
            @RequestParam(required = false) Integer score,
            Model model,
            RedirectAttributes flash) {
        try {
            MockView m = mocks.score(id, position, score == null ? 0 : score);
            int next = m.nextPosition();
            if (next < 0) {
                flash.addFlashAttribute("flash", msg("mocks.done"));
                return "redirect:/practice/mocks/" + id;
            }
            return "redirect:/practice/mocks/" + id + "/q/" + next;
        } catch (InvalidInputException e) {
            return questionPage(mocks.get(id), position, null, e, model);
        }
    }

    @PostMapping("/{id}/q/{position}/portfolio")
    String portfolio(
            @PathVariable UUID id,
            @PathVariable int position,
            @RequestParam boolean portfolio,
            RedirectAttributes flash) {
        mocks.portfolio(id, position, portfolio);
        flash.addFlashAttribute("flash", msg(portfolio ? "mocks.portfolio.on" : "mocks.portfolio.off"));
        return "redirect:/practice/mocks/" + id;
    }

    @PostMapping("/{id}/share")
    String share(@PathVariable UUID id, RedirectAttributes flash) {
        mocks.share(id);
        flash.addFlashAttribute("flash", msg("mocks.shared"));
        return "redirect:/practice/mocks/" + id + "#share";
    }

    @PostMapping("/{id}/unshare")
    String unshare(@PathVariable UUID id, RedirectAttributes flash) {
        mocks.unshare(id);
        flash.addFlashAttribute("flash", msg("mocks.unshared"));
        return "redirect:/practice/mocks/" + id + "#share";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes flash) {
        mocks.delete(id);
        flash.addFlashAttribute("flash", msg("mocks.deleted"));
        return "redirect:/practice/mocks";
    }

    private String listPage(Model model) {
        area(model);
        model.addAttribute("rounds", InterviewRound.values());
        model.addAttribute("categories", QuestionCategory.values());
        return "practice/mocks/list";
    }

    private String questionPage(
            MockView m, int position, Map<String, String> typed, InvalidInputException error, Model model) {
        area(model);
        MockView.Answer a = m.answers().stream()
                .filter(x -> x.position() == position)
                .findFirst()
                .orElseThrow(() -> new dev.northstar.common.NotFoundException("question " + position));
        model.addAttribute("mock", m);
        model.addAttribute("a", a);
        model.addAttribute("typed", typed != null ? typed : a.content());
        model.addAttribute("error", error);
        model.addAttribute(
                "deadline", a.startedAt() == null ? null : a.startedAt().plusSeconds(m.minutesPerQuestion() * 60L));
        return "practice/mocks/question";
    }

    private static Integer number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "a whole number");
        }
    }

    private static void area(Model model) {
        model.addAttribute("area", "practice");
        model.addAttribute("section", "mocks");
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
