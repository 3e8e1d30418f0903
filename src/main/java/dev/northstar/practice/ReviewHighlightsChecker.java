package dev.northstar.practice;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Review highlights: pasted reviews, passages quoted from them and tagged love or wish (at least one of each), a
 * stance with a reason on every passage, and a 1–5 judgement of how well the promise is delivered, with reasons.
 */
@Component
class ReviewHighlightsChecker implements Checker {

    static final int ENOUGH_WORDS = 60;

    @Override
    public String framework() {
        return "review-highlights";
    }

    @Override
    public CheckResult check(Map<String, Object> answer) {
        ExerciseAnswer a = ExerciseAnswer.of(answer);
        ExerciseFindings f = new ExerciseFindings();
        f.require(a, "product", "Name the product the reviews are about.");
        if (f.words(
                a,
                "valueProposition",
                5,
                "Write down the promise the product makes, so you can judge it.",
                "Say the promise in a full sentence: who gets what.")) {
            f.good("valueProposition", "A promise to judge against.");
        }
        String reviews = a.text("reviews");
        if (reviews.isEmpty()) {
            f.missing("reviews", "Paste some reviews to work from.");
        } else if (ExerciseWording.wordCount(reviews) < ENOUGH_WORDS) {
            f.weak("reviews", "Paste more reviews: a handful can mislead; aim for a dozen or more.");
        } else {
            f.good("reviews", ExerciseWording.wordCount(reviews) + " words of reviews.");
        }
        String haystack = squash(reviews);
        List<Map<String, Object>> highlights = a.rows("highlights");
        if (highlights.isEmpty()) {
            f.missing("highlights", "Highlight passages and tag each one love or wish.");
        } else {
            boolean love = false;
            boolean wish = false;
            boolean ok = true;
            for (int i = 0; i < highlights.size(); i++) {
                Map<String, Object> row = highlights.get(i);
                String n = "Highlight " + (i + 1);
                String passage = ExerciseAnswer.cell(row, "passage");
                String tag = ExerciseAnswer.cell(row, "tag");
                love |= tag.equals("love");
                wish |= tag.equals("wish");
                if (passage.isEmpty()) {
                    f.missing(ExerciseAnswer.at("highlights", i, "passage"), n + ": quote the passage.");
                    ok = false;
                } else if (!haystack.isEmpty() && !haystack.contains(squash(passage))) {
                    f.weak(
                            ExerciseAnswer.at("highlights", i, "passage"),
                            n + ": " + ExerciseFindings.quote(passage)
                                    + " is not in the pasted reviews; quote it as written.");
                    ok = false;
                }
                if (tag.isEmpty()) {
                    f.missing(ExerciseAnswer.at("highlights", i, "tag"), n + ": tag it love or wish.");
                    ok = false;
                }
                if (ExerciseAnswer.cell(row, "stance").isEmpty()) {
                    f.missing(ExerciseAnswer.at("highlights", i, "stance"), n + ": do you agree or disagree?");
                    ok = false;
                }
                String reason = ExerciseAnswer.cell(row, "reason");
                if (reason.isEmpty()) {
                    f.missing(ExerciseAnswer.at("highlights", i, "reason"), n + ": give the reason for your stance.");
                    ok = false;
                } else if (ExerciseWording.wordCount(reason) < 4) {
                    f.weak(ExerciseAnswer.at("highlights", i, "reason"), n + ": say why in a sentence.");
                    ok = false;
                }
            }
            if (!love) {
                f.weak("highlights", "Nothing tagged love: find what people value, even in harsh reviews.");
            } else if (!wish) {
                f.weak("highlights", "Nothing tagged wish: find what people want better, even in glowing reviews.");
            } else if (ok) {
                f.good("highlights", highlights.size() + " highlights with both loves and wishes, each argued.");
            }
        }
        if (a.score("deliveryScore") == null) {
            f.missing("deliveryScore", "Score how well the promise is delivered, 1 to 5.");
        } else {
            f.good("deliveryScore", "Scored " + a.score("deliveryScore") + " of 5.");
        }
        if (f.words(
                a,
                "deliveryReasons",
                8,
                "Give the reasons for the score.",
                "Say which highlights weigh most in the score, and why.")) {
            f.good("deliveryReasons", "Reasons given.");
        }
        return f.result(
                framework(),
                "Whether the reviews represent all customers: reviewers lean towards the delighted and the angry",
                "Whether your reading of each passage is what the reviewer meant");
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[“”\"'‘’]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
