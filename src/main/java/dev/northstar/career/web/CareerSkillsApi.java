package dev.northstar.career.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.career.AssessmentComparison;
import dev.northstar.career.AssessmentView;
import dev.northstar.career.Book;
import dev.northstar.career.CareerLadder;
import dev.northstar.career.CareerLibrary;
import dev.northstar.career.CareerOverview;
import dev.northstar.career.LadderLevel;
import dev.northstar.career.LadderPosition;
import dev.northstar.career.LearningPlan;
import dev.northstar.career.LearningPlans;
import dev.northstar.career.SkillAssessments;
import dev.northstar.career.SkillGuide;
import dev.northstar.career.Standing;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
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
        name = "Career: skills and ladder",
        description = "Skill self-assessments, the career ladder and where you stand on it, the learning plan;"
                + " private to the signed-in user")
class CareerSkillsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AssessmentRequest(String assessedOn, Map<String, Object> ratings, Map<String, String> notes) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PositionRequest(String current, String target) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DoneRequest(Boolean done) {}

    private final CareerLibrary library;
    private final SkillAssessments assessments;
    private final CareerLadder ladder;
    private final LearningPlans plans;
    private final CareerOverview overview;

    CareerSkillsApi(
            CareerLibrary library,
            SkillAssessments assessments,
            CareerLadder ladder,
            LearningPlans plans,
            CareerOverview overview) {
        this.library = library;
        this.assessments = assessments;
        this.ladder = ladder;
        this.plans = plans;
        this.overview = overview;
    }

    @Operation(summary = "The seven skills with the behavioural anchor of each level 1–5")
    @GetMapping("/skills")
    PageResult<SkillGuide> skills() {
        return all(library.skills());
    }

    @Operation(summary = "The reading list: each book with what to take from it and the skills it feeds")
    @GetMapping("/reading")
    PageResult<Book> reading() {
        return all(library.books());
    }

    @Operation(summary = "Your assessments, newest first")
    @GetMapping("/assessments")
    PageResult<AssessmentView> assessments(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return assessments.list(Paging.of(page, size));
    }

    @Operation(
            summary = "Record an assessment: {\"assessedOn\": \"2026-03-01\" (optional, default today),"
                    + " \"ratings\": {\"empathy\": 3, … all seven skills, 1–5}, \"notes\": {\"empathy\": \"…\"}}")
    @PostMapping("/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    AssessmentView record(@RequestBody AssessmentRequest body) {
        return assessments.record(CareerRequests.assessment(body.assessedOn(), body.ratings(), body.notes()));
    }

    @Operation(summary = "Two assessments side by side: ?from=<id>&to=<id>")
    @GetMapping("/assessments/compare")
    AssessmentComparison compare(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return assessments.compare(CareerRequests.uuid(from, "from"), CareerRequests.uuid(to, "to"));
    }

    @GetMapping("/assessments/{assessmentId}")
    AssessmentView assessment(@PathVariable UUID assessmentId) {
        return assessments.get(assessmentId);
    }

    @DeleteMapping("/assessments/{assessmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteAssessment(@PathVariable UUID assessmentId) {
        assessments.delete(assessmentId);
    }

    @Operation(summary = "The ladder from Associate PM to VP with the expectations of each rung on each skill")
    @GetMapping("/ladder")
    PageResult<LadderLevel> levels() {
        return all(ladder.levels());
    }

    @Operation(summary = "Your current and target rung")
    @GetMapping("/ladder/position")
    LadderPosition position() {
        return ladder.position();
    }

    @Operation(summary = "Set your current and target rung by key: {\"current\": \"apm\", \"target\": \"pm\"}")
    @PutMapping("/ladder/position")
    LadderPosition setPosition(@RequestBody PositionRequest body) {
        return ladder.setPosition(body.current(), body.target());
    }

    @Operation(
            summary = "Where you stand: the rung your latest assessment meets and the gaps to the next (or target) one")
    @GetMapping("/standing")
    Standing standing() {
        return ladder.standing();
    }

    @Operation(summary = "Your learning plan, built from the gaps (rebuilt when a new assessment changes them)")
    @GetMapping("/plan")
    LearningPlan plan() {
        return plans.plan();
    }

    @Operation(summary = "Build the learning plan again from the current gaps; done marks of items still in it stay")
    @PostMapping("/plan/regenerate")
    LearningPlan regenerate() {
        return plans.regenerate();
    }

    @Operation(summary = "Mark a plan item done or not: {\"done\": true}; the key is the item's key")
    @PutMapping("/plan/items/{itemKey}")
    LearningPlan mark(@PathVariable String itemKey, @RequestBody DoneRequest body) {
        if (body.done() == null) {
            throw new InvalidInputException("done", "done is required: true or false");
        }
        return plans.mark(itemKey, body.done());
    }

    @Operation(summary = "Where I stand: standing, plan progress, follow-ups due this week")
    @GetMapping("/overview")
    CareerOverview.View overview() {
        return overview.get();
    }

    private static <T> PageResult<T> all(List<T> items) {
        return new PageResult<>(items, items.size());
    }
}
