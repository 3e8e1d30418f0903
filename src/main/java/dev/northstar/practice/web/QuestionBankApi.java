package dev.northstar.practice.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.practice.InterviewRound;
import dev.northstar.practice.PracticeLibrary;
import dev.northstar.practice.Question;
import dev.northstar.practice.QuestionCategory;
import dev.northstar.practice.RoundGuide;
import dev.northstar.practice.Skill;
import dev.northstar.workspace.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/practice")
@Tag(name = "Practice questions", description = "The interview rounds and the question bank with its rubrics")
class QuestionBankApi {

    /** A question as the API shows it: keys for the vocabularies, the rubric in full. */
    record QuestionItem(
            String id,
            String category,
            String text,
            List<String> rounds,
            List<String> skills,
            String form,
            List<String> fields,
            int difficulty,
            List<String> covers,
            List<String> followUps,
            Map<String, String> anchors,
            List<String> situations) {

        static QuestionItem of(Question q) {
            return new QuestionItem(
                    q.id(),
                    q.category().key(),
                    q.text(),
                    q.rounds().stream().map(InterviewRound::key).toList(),
                    q.skills().stream().map(Skill::key).toList(),
                    q.form().key(),
                    q.form().fields(),
                    q.difficulty(),
                    q.covers(),
                    q.followUps(),
                    Map.of(
                            "5",
                            q.anchors().get(5),
                            "3",
                            q.anchors().get(3),
                            "1",
                            q.anchors().get(1)),
                    q.situations());
        }
    }

    record RoundItem(
            String key,
            String name,
            String format,
            int minutes,
            List<String> assesses,
            List<String> prepare,
            List<String> categories) {

        static RoundItem of(RoundGuide r) {
            return new RoundItem(
                    r.round().key(),
                    r.name(),
                    r.format(),
                    r.minutes(),
                    r.assesses(),
                    r.prepare(),
                    r.categories().stream().map(QuestionCategory::key).toList());
        }
    }

    private final PracticeLibrary library;
    private final Access access;

    QuestionBankApi(PracticeLibrary library, Access access) {
        this.library = library;
        this.access = access;
    }

    @Operation(summary = "Questions of the bank, filtered by category, round, skill, difficulty and words")
    @GetMapping("/questions")
    PageResult<QuestionItem> questions(
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String round,
            @RequestParam(required = false) String skill,
            @RequestParam(required = false) Integer difficulty,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        access.current();
        if (difficulty != null && (difficulty < 1 || difficulty > 3)) {
            throw new InvalidInputException("difficulty", "must be 1, 2 or 3");
        }
        return library.search(
                        blank(category) ? null : QuestionCategory.parse(category, "category"),
                        blank(round) ? null : InterviewRound.parse(round, "round"),
                        blank(skill) ? null : Skill.parse(skill, "skill"),
                        difficulty,
                        q,
                        Paging.of(page, size))
                .map(QuestionItem::of);
    }

    @Operation(summary = "One question with its rubric")
    @GetMapping("/questions/{id}")
    QuestionItem question(@PathVariable String id) {
        access.current();
        return library.question(id).map(QuestionItem::of).orElseThrow(() -> new NotFoundException("question " + id));
    }

    @Operation(summary = "The interview rounds: what each assesses and how to prepare")
    @GetMapping("/rounds")
    PageResult<RoundItem> rounds() {
        access.current();
        List<RoundItem> items = library.rounds().stream().map(RoundItem::of).toList();
        return new PageResult<>(items, items.size());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
