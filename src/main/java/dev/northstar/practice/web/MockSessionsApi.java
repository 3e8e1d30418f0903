package dev.northstar.practice.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.practice.MockRequest;
import dev.northstar.practice.MockSessions;
import dev.northstar.practice.MockView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
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
@RequestMapping("/api/v1/practice/mocks")
@Tag(
        name = "Practice mock sessions",
        description = "Mock interviews: draw questions, answer against the clock, get structural feedback, score"
                + " yourself against the rubric (schedules the card), share for peer review")
class MockSessionsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreateRequest(String round, String category, String questionId, Integer count, Integer minutes) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScoreRequest(Integer score) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PortfolioRequest(Boolean portfolio) {}

    record AnswerItem(
            int position,
            String questionId,
            String question,
            String form,
            Map<String, String> content,
            Instant startedAt,
            Instant submittedAt,
            Integer elapsedSeconds,
            boolean overtime,
            Integer selfScore,
            boolean portfolio,
            ChecksApi.CheckAnswer check,
            List<MockView.PeerReview> peerReviews) {}

    record MockItem(
            UUID id,
            String title,
            String round,
            String category,
            int minutesPerQuestion,
            String shareUrl,
            Instant createdAt,
            boolean complete,
            Double averageScore,
            List<AnswerItem> answers) {

        static MockItem of(MockView m) {
            return new MockItem(
                    m.id(),
                    m.title(),
                    m.round() == null ? null : m.round().key(),
                    m.category() == null ? null : m.category().key(),
                    m.minutesPerQuestion(),
                    m.shareToken() == null ? null : "/public/practice/reviews/" + m.shareToken(),
                    m.createdAt(),
                    m.complete(),
                    m.averageScore(),
                    m.answers().stream()
                            .map(a -> new AnswerItem(
                                    a.position(),
                                    a.question().id(),
                                    a.question().text(),
                                    a.question().form().key(),
                                    a.content(),
                                    a.startedAt(),
                                    a.submittedAt(),
                                    a.elapsedSeconds(),
                                    a.overtime(m.minutesPerQuestion()),
                                    a.selfScore(),
                                    a.portfolio(),
                                    a.check() == null ? null : ChecksApi.CheckAnswer.of(a.check()),
                                    a.peerReviews()))
                            .toList());
        }
    }

    private final MockSessions mocks;

    MockSessionsApi(MockSessions mocks) {
        this.mocks = mocks;
    }

    @Operation(summary = "Your sessions, newest first")
    @GetMapping
    PageResult<MockItem> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return mocks.list(Paging.of(page, size)).map(MockItem::of);
    }

    @Operation(summary = "Start a session: {round | category | questionId, count 1–10, minutes 1–60}")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MockItem create(@RequestBody CreateRequest body) {
        return MockItem.of(mocks.create(
                new MockRequest(body.round(), body.category(), body.questionId(), body.count(), body.minutes())));
    }

    @GetMapping("/{id}")
    MockItem get(@PathVariable UUID id) {
        return MockItem.of(mocks.get(id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        mocks.delete(id);
    }

    @Operation(summary = "Start the clock of one question")
    @PostMapping("/{id}/answers/{position}/start")
    MockItem start(@PathVariable UUID id, @PathVariable int position) {
        return MockItem.of(mocks.begin(id, position));
    }

    @Operation(
            summary = "Answer one question with the fields of its form (or {\"text\"}); answers the structural check")
    @PutMapping("/{id}/answers/{position}")
    MockItem answer(@PathVariable UUID id, @PathVariable int position, @RequestBody Map<String, String> fields) {
        return MockItem.of(mocks.answer(id, position, fields));
    }

    @Operation(summary = "Score your own answer 1–5 against the rubric; schedules the question's review card")
    @PostMapping("/{id}/answers/{position}/score")
    MockItem score(@PathVariable UUID id, @PathVariable int position, @RequestBody ScoreRequest body) {
        if (body.score() == null) {
            throw new InvalidInputException("score", "a whole number from 1 to 5");
        }
        return MockItem.of(mocks.score(id, position, body.score()));
    }

    @PutMapping("/{id}/answers/{position}/portfolio")
    MockItem portfolio(@PathVariable UUID id, @PathVariable int position, @RequestBody PortfolioRequest body) {
        return MockItem.of(mocks.portfolio(id, position, Boolean.TRUE.equals(body.portfolio())));
    }

    @Operation(summary = "Open the peer-review link (shareUrl in the answer)")
    @PostMapping("/{id}/share")
    MockItem share(@PathVariable UUID id) {
        return MockItem.of(mocks.share(id));
    }

    @Operation(summary = "Close the peer-review link")
    @DeleteMapping("/{id}/share")
    MockItem unshare(@PathVariable UUID id) {
        return MockItem.of(mocks.unshare(id));
    }
}
