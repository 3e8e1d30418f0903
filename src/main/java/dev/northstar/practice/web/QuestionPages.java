package dev.northstar.practice.web;

import dev.northstar.common.NotFoundException;
import dev.northstar.common.Paging;
import dev.northstar.practice.InterviewRound;
import dev.northstar.practice.Keyed;
import dev.northstar.practice.PracticeLibrary;
import dev.northstar.practice.Question;
import dev.northstar.practice.QuestionCategory;
import dev.northstar.practice.Skill;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The interview rounds and the question bank, for reading; answering happens in mock sessions. */
@Controller
class QuestionPages {

    private final PracticeLibrary library;

    QuestionPages(PracticeLibrary library) {
        this.library = library;
    }

    @GetMapping("/practice/rounds")
    String rounds(Model model) {
        model.addAttribute("area", "practice");
        model.addAttribute("section", "rounds");
        model.addAttribute("rounds", library.rounds());
        Map<QuestionCategory, Integer> counts = new LinkedHashMap<>();
        for (QuestionCategory c : QuestionCategory.values()) {
            counts.put(c, library.questions(c, null, null).size());
        }
        model.addAttribute("counts", counts);
        return "practice/interview/rounds";
    }

    @GetMapping("/practice/questions")
    String questions(
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String round,
            @RequestParam(required = false) String skill,
            @RequestParam(required = false) Integer difficulty,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("area", "practice");
        model.addAttribute("section", "questions");
        // unknown filter values from a hand-edited URL are dropped rather than failing the page
        QuestionCategory c = pick(QuestionCategory.values(), category);
        InterviewRound r = pick(InterviewRound.values(), round);
        Skill s = pick(Skill.values(), skill);
        Integer d = difficulty != null && difficulty >= 1 && difficulty <= 3 ? difficulty : null;
        Paging paging = Paging.of(page, 25);
        model.addAttribute("result", library.search(c, r, s, d, q, paging));
        model.addAttribute("categories", QuestionCategory.values());
        model.addAttribute("rounds", InterviewRound.values());
        model.addAttribute("skills", Skill.values());
        model.addAttribute("category", c == null ? "" : c.key());
        model.addAttribute("round", r == null ? "" : r.key());
        model.addAttribute("skill", s == null ? "" : s.key());
        model.addAttribute("difficulty", d);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        model.addAttribute(
                "base",
                UriComponentsBuilder.fromPath("/practice/questions")
                        .queryParamIfPresent(
                                "category", java.util.Optional.ofNullable(c).map(QuestionCategory::key))
                        .queryParamIfPresent(
                                "round", java.util.Optional.ofNullable(r).map(InterviewRound::key))
                        .queryParamIfPresent(
                                "skill", java.util.Optional.ofNullable(s).map(Skill::key))
                        .queryParamIfPresent("difficulty", java.util.Optional.ofNullable(d))
                        .queryParamIfPresent(
                                "q", java.util.Optional.ofNullable(q).filter(x -> !x.isBlank()))
                        .encode()
                        .toUriString());
        return "practice/interview/questions";
    }

    @GetMapping("/practice/questions/{id}")
    String question(@PathVariable String id, Model model) {
        Question question = library.question(id).orElseThrow(() -> new NotFoundException("question " + id));
        model.addAttribute("area", "practice");
        model.addAttribute("section", "questions");
        model.addAttribute("question", question);
        return "practice/interview/question";
    }

    private static <E extends Enum<E> & Keyed> E pick(E[] values, String key) {
        return Arrays.stream(values)
                .filter(v -> v.key().equals(key))
                .findFirst()
                .orElse(null);
    }
}
