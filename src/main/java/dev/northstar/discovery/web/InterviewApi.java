package dev.northstar.discovery.web;

import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.GuideDraft;
import dev.northstar.discovery.InterviewGuideView;
import dev.northstar.discovery.InterviewSessionDetail;
import dev.northstar.discovery.InterviewSessionView;
import dev.northstar.discovery.Interviews;
import dev.northstar.discovery.NoteView;
import dev.northstar.discovery.SessionDraft;
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
@RequestMapping("/api/v1/products/{productId}")
@Tag(name = "Interviews", description = "Interview guides, sessions and the notes taken in them")
class InterviewApi {

    record GuideRequest(String title, String goal, List<String> questions, Integer version) {}

    record SessionRequest(
            String interviewee,
            String company,
            String segment,
            String plan,
            String date,
            String guideId,
            String summary,
            Integer version) {}

    record NoteRequest(String text, List<String> tags) {}

    record CoveredRequest(Boolean covered) {}

    private final Interviews interviews;

    InterviewApi(Interviews interviews) {
        this.interviews = interviews;
    }

    @GetMapping("/interview-guides")
    PageResult<InterviewGuideView> guides(
            @PathVariable UUID productId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return interviews.guides(productId, Paging.of(page, size));
    }

    @Operation(summary = "Create an interview guide: title, goal and questions in order (editors)")
    @PostMapping("/interview-guides")
    @ResponseStatus(HttpStatus.CREATED)
    InterviewGuideView createGuide(@PathVariable UUID productId, @RequestBody GuideRequest body) {
        return interviews.createGuide(productId, new GuideDraft(body.title(), body.goal(), body.questions()));
    }

    @GetMapping("/interview-guides/{guideId}")
    InterviewGuideView guide(@PathVariable UUID productId, @PathVariable UUID guideId) {
        return interviews.guide(productId, guideId);
    }

    @Operation(
            summary = "Replace a guide's title, goal and questions; questions whose text is unchanged keep their ids")
    @PutMapping("/interview-guides/{guideId}")
    InterviewGuideView updateGuide(
            @PathVariable UUID productId, @PathVariable UUID guideId, @RequestBody GuideRequest body) {
        return interviews.updateGuide(
                productId, guideId, new GuideDraft(body.title(), body.goal(), body.questions()), body.version());
    }

    @DeleteMapping("/interview-guides/{guideId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteGuide(@PathVariable UUID productId, @PathVariable UUID guideId) {
        interviews.deleteGuide(productId, guideId);
    }

    @Operation(summary = "Sessions, newest first; guideId narrows to one guide")
    @GetMapping("/interview-sessions")
    PageResult<InterviewSessionView> sessions(
            @PathVariable UUID productId,
            @RequestParam(required = false) UUID guideId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return interviews.sessions(productId, guideId, Paging.of(page, size));
    }

    @Operation(summary = "Record an interview session (contributors)")
    @PostMapping("/interview-sessions")
    @ResponseStatus(HttpStatus.CREATED)
    InterviewSessionView createSession(@PathVariable UUID productId, @RequestBody SessionRequest body) {
        return interviews.createSession(productId, draft(body));
    }

    @Operation(summary = "A session with its guide's questions as a checklist and its notes")
    @GetMapping("/interview-sessions/{sessionId}")
    InterviewSessionDetail session(@PathVariable UUID productId, @PathVariable UUID sessionId) {
        return interviews.session(productId, sessionId);
    }

    @PutMapping("/interview-sessions/{sessionId}")
    InterviewSessionView updateSession(
            @PathVariable UUID productId, @PathVariable UUID sessionId, @RequestBody SessionRequest body) {
        return interviews.updateSession(productId, sessionId, draft(body), body.version());
    }

    @Operation(summary = "Delete a session; its notes stay in the inbox (editors)")
    @DeleteMapping("/interview-sessions/{sessionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteSession(@PathVariable UUID productId, @PathVariable UUID sessionId) {
        interviews.deleteSession(productId, sessionId);
    }

    @Operation(summary = "Add a note taken in the session to the inbox (source interview, the interviewee as customer)")
    @PostMapping("/interview-sessions/{sessionId}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    NoteView addNote(@PathVariable UUID productId, @PathVariable UUID sessionId, @RequestBody NoteRequest body) {
        return interviews.addNote(productId, sessionId, body.text(), body.tags());
    }

    @Operation(summary = "Tick or untick a guide question as covered in the session")
    @PutMapping("/interview-sessions/{sessionId}/checklist/{questionId}")
    InterviewSessionDetail cover(
            @PathVariable UUID productId,
            @PathVariable UUID sessionId,
            @PathVariable UUID questionId,
            @RequestBody CoveredRequest body) {
        return interviews.markCovered(productId, sessionId, questionId, body.covered() == null || body.covered());
    }

    private static SessionDraft draft(SessionRequest body) {
        return ResearchForms.sessionDraft(
                body.interviewee(),
                body.company(),
                body.segment(),
                body.plan(),
                body.date(),
                body.guideId(),
                body.summary());
    }
}
