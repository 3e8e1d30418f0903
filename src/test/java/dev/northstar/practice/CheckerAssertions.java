package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for the checker tests: what a check found, by part. */
final class CheckerAssertions {

    private CheckerAssertions() {}

    /** The level of the first finding about each part. */
    static Map<String, String> levels(CheckResult r) {
        Map<String, String> out = new LinkedHashMap<>();
        r.findings().forEach(f -> out.putIfAbsent(f.part(), f.level()));
        return out;
    }

    /** A strong answer: nothing missing, nothing weak. */
    static void assertStrong(CheckResult r) {
        assertThat(r.problems()).as("problems of a strong answer").isEmpty();
        assertThat(r.complete()).isTrue();
        assertThat(r.cannotJudge()).isNotEmpty();
    }

    static String message(CheckResult r, String part) {
        return r.findings().stream()
                .filter(f -> f.part().equals(part) && !f.level().equals("good"))
                .map(CheckFinding::message)
                .findFirst()
                .orElse("");
    }
}
