package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KanoCheckerTests {

    final KanoChecker checker = new KanoChecker();

    static Map<String, Object> feature(String feature, String category, String reason) {
        return Map.of("feature", feature, "category", category, "reason", reason);
    }

    @Test
    void acceptsClassifiedFeaturesWithReasons() {
        assertStrong(checker.check(Map.of(
                "product",
                "A ride-hailing app",
                "features",
                List.of(
                        feature(
                                "Live map of the driver",
                                "must-be",
                                "Riders expect it and complain at once without it"),
                        feature("Shorter pickup times", "performance", "Each minute saved makes riders happier"),
                        feature("Music choice in the car", "attractive", "Delights when offered, nobody misses it")))));
    }

    @Test
    void flagsTooFewFeaturesNoReasonAndNoMustBe() {
        CheckResult r = checker.check(Map.of(
                "features",
                List.of(
                        feature("Music choice", "attractive", "fun"),
                        Map.of("feature", "Tips", "category", "attractive"))));
        assertThat(levels(r))
                .containsEntry("product", "missing")
                .containsEntry("features[0].reason", "weak")
                .containsEntry("features[1].reason", "missing")
                .containsEntry("features", "weak");
    }
}
