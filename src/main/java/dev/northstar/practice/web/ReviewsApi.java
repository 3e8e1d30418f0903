package dev.northstar.practice.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.practice.ProgressReport;
import dev.northstar.practice.ReviewCard;
import dev.northstar.practice.ReviewOutcome;
import dev.northstar.practice.ReviewProgress;
import dev.northstar.practice.ReviewQueueItem;
import dev.northstar.practice.ReviewSettings;
import dev.northstar.practice.ReviewState;
import dev.northstar.practice.Reviews;
import dev.northstar.practice.TodaySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/practice")
@Tag(
        name = "Practice reviews",
        description = "Spaced repetition (FSRS-6) of the question bank and framework cards: the daily queue,"
                + " self-scores, settings and progress; everything is the signed-in user's own")
class ReviewsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReviewRequest(String cardId, Object score) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SettingsRequest(Object dailyNewLimit, String timeZone, Object focusCategories, Object focusSkills) {

        ReviewSettings.Change change() {
            return new ReviewSettings.Change(
                    ReviewRequests.whole(dailyNewLimit, "dailyNewLimit"),
                    timeZone,
                    ReviewRequests.keys(focusCategories, "focusCategories"),
                    ReviewRequests.keys(focusSkills, "focusSkills"));
        }
    }

    record CardAnswer(ReviewCard card, ReviewState state) {}

    private final Reviews reviews;
    private final ReviewProgress progress;

    ReviewsApi(Reviews reviews, ReviewProgress progress) {
        this.reviews = reviews;
        this.progress = progress;
    }

    @Operation(summary = "Today's queue: due reviews (most overdue first), then today's new cards, with front text")
    @GetMapping("/reviews/queue")
    PageResult<ReviewQueueItem> queue(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reviews.queue(Paging.of(page, size));
    }

    @Operation(
            summary = "Self-score a card 1-5 (1 Again, 2 Hard, 3-4 Good, 5 Easy); answers the card's new state:"
                    + " due, interval, stability, difficulty")
    @PostMapping("/reviews")
    ReviewOutcome review(@RequestBody ReviewRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "send {\"cardId\": ..., \"score\": 1-5}");
        }
        return reviews.review(body.cardId(), ReviewRequests.whole(body.score(), "score"));
    }

    @Operation(summary = "A card's front and back (rubric or steps) and the user's state of it")
    @GetMapping("/reviews/cards/{cardId}")
    CardAnswer card(@PathVariable String cardId) {
        return new CardAnswer(reviews.card(cardId), reviews.state(cardId));
    }

    @Operation(summary = "Today's numbers: due, new, reviewed today, streak, next review date")
    @GetMapping("/today")
    TodaySummary today() {
        return reviews.summary();
    }

    @Operation(
            summary = "Progress per week by category or skill: reviews, average self-score, recall rate, cards"
                    + " learned and mature (stability of 21 days or more)")
    @GetMapping("/progress")
    ProgressReport progress(@RequestParam(required = false) String by, @RequestParam(required = false) String weeks) {
        return progress.progress(by, ReviewRequests.whole(weeks, "weeks"));
    }

    @Operation(summary = "Review settings: daily new cards, time zone, focus categories and skills")
    @GetMapping("/settings")
    ReviewSettings settings() {
        return reviews.settings();
    }

    @Operation(summary = "Change review settings; fields left out keep their value")
    @PutMapping("/settings")
    ReviewSettings updateSettings(@RequestBody SettingsRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "send the settings to change");
        }
        return reviews.updateSettings(body.change());
    }
}
