package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterviewCheckerTests {

    private static List<String> problems(CheckResult r) {
        return r.problems().stream().map(CheckFinding::part).toList();
    }

    @Test
    void starAcceptsAStoryWithEveryPartMyActionsAndANumber() {
        CheckResult r = new StarChecker()
                .check(
                        Map.of(
                                "situation",
                                        "Our checkout team shipped weekly but conversion on mobile had stalled for a quarter.",
                                "task", "I owned the mobile checkout and had to find why buyers dropped out.",
                                "action",
                                        "I watched twelve session recordings, I interviewed five buyers who abandoned, and I"
                                                + " proposed cutting the address form to three fields; I ran it as an A/B test.",
                                "result",
                                        "Mobile conversion rose from 2.1% to 2.6% in four weeks and we kept the shorter form."));

        assertThat(r.complete()).isTrue();
        assertThat(problems(r)).isEmpty();
        assertThat(r.cannotJudge()).anyMatch(s -> s.contains("true"));
    }

    @Test
    void starFlagsAMissingTaskATeamOnlyActionAndAResultWithoutNumbers() {
        CheckResult r = new StarChecker()
                .check(Map.of(
                        "situation", "A big customer was unhappy with our reporting and threatened to leave us.",
                        "action",
                                "We met them, we listened to the complaints, our team built new reports quickly for them.",
                        "result", "The customer was much happier afterwards and stayed with us."));

        assertThat(r.complete()).isFalse();
        assertThat(r.findings())
                .filteredOn(f -> f.level().equals("missing"))
                .extracting(CheckFinding::part)
                .containsExactly("task");
        assertThat(problems(r)).contains("action", "result");
    }

    @Test
    void carlAsksForTheLearning() {
        CheckResult r = new CarlChecker()
                .check(Map.of(
                        "context",
                                "I led the pricing page redesign while sales disagreed with the new tiers we proposed.",
                        "action",
                                "I pulled win/loss data for 200 deals, I ran three pricing interviews and I shared"
                                        + " a one-page comparison with sales leadership.",
                        "result", "We launched two tiers and average deal size grew 18% in a quarter."));

        assertThat(problems(r)).containsExactly("learning");
    }

    @Test
    void productSenseWantsASegmentWithAReasonNeedsBeforeSolutionsTradeoffsAndARecommendation() {
        CheckResult strong = new ProductSenseChecker()
                .check(Map.of(
                        "segment", "Parents of toddlers planning weekly meals",
                        "reason", "They shop most often and feel the planning pain every week.",
                        "needs", List.of("plan meals fast", "avoid waste"),
                        "solutions", List.of("a shared weekly planner", "a pantry scanner"),
                        "tradeoffs", "The planner is cheap to build but needs habit; the scanner is costly but sticky.",
                        "recommendation", "Build the planner first and measure weekly plans created per family."));
        CheckResult weak =
                new ProductSenseChecker().check(Map.of("segment", "everyone", "solutions", List.of("an AI assistant")));

        assertThat(problems(strong)).isEmpty();
        assertThat(problems(weak)).contains("segment", "reason", "needs", "solutions", "tradeoffs", "recommendation");
    }

    @Test
    void circlesNeedsAllSevenParts() {
        CheckResult r = new CirclesChecker()
                .check(Map.of(
                        "comprehend", "A ride app wants more riders at night",
                        "identify", "Late shift nurses going home after work"));

        assertThat(r.findings())
                .filteredOn(f -> f.level().equals("missing"))
                .extracting(CheckFinding::part)
                .containsExactly("report", "cut", "list", "evaluate", "summarize");
    }

    @Test
    void metricsWantsANorthStarInputsAndAGuardrailAndFlagsVanity() {
        CheckResult strong = new MetricsChecker()
                .check(Map.of(
                        "goal",
                        "Help small teams book meetings without back-and-forth email",
                        "northStar",
                        "Meetings booked per active team per week",
                        "inputs",
                        List.of("Teams that share a booking link in their first week"),
                        "guardrails",
                        List.of("Cancellation rate within 24 hours")));
        CheckResult weak = new MetricsChecker().check(Map.of("goal", "Grow", "northStar", "Total sign-ups"));

        assertThat(problems(strong)).isEmpty();
        assertThat(problems(weak)).contains("northStar", "inputs", "guardrails");
    }

    @Test
    void estimationWantsNumbersArithmeticAnAnswerAndASanityCheck() {
        CheckResult strong = new EstimationChecker()
                .check(Map.of(
                        "assumptions", "About 8 million households in the city region, 40% own a dog.",
                        "calculation", "8M × 0.4 = 3.2M dog households; × 1.2 walks a day needing a walker 5% of days",
                        "answer", "Roughly 190,000 paid walks a day",
                        "sanityCheck",
                                "That is about one walk per 40 households, which matches what walkers charge for."));
        CheckResult weak = new EstimationChecker().check(Map.of("answer", "a lot"));

        assertThat(problems(strong)).isEmpty();
        assertThat(problems(weak)).containsExactly("assumptions", "calculation", "answer", "sanityCheck");
    }
}
