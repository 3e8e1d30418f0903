package dev.northstar.practice.web;

import dev.northstar.practice.QuestionCategory;
import dev.northstar.practice.ReviewCard;
import java.util.ArrayList;
import java.util.List;

/** The categories a review focus can name: the question categories and the framework cards. */
final class ReviewCategories {

    record Option(String key, String label) {}

    private ReviewCategories() {}

    static List<Option> all() {
        List<Option> out = new ArrayList<>();
        for (QuestionCategory c : QuestionCategory.values()) {
            out.add(new Option(c.key(), c.label()));
        }
        out.add(new Option(ReviewCard.FRAMEWORKS_CATEGORY, "Framework cards"));
        return out;
    }
}
