package dev.northstar.practice;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one check of an exercise kind, in the order of the form. */
final class ExerciseFindings {

    private final List<CheckFinding> findings = new ArrayList<>();

    ExerciseFindings missing(String part, String message) {
        findings.add(CheckFinding.missing(part, message));
        return this;
    }

    ExerciseFindings weak(String part, String message) {
        findings.add(CheckFinding.weak(part, message));
        return this;
    }

    ExerciseFindings good(String part, String message) {
        findings.add(CheckFinding.good(part, message));
        return this;
    }

    /** A required text: missing when blank, otherwise good with {@code goodMessage}. */
    boolean require(ExerciseAnswer a, String key, String missingMessage) {
        if (!a.has(key)) {
            missing(key, missingMessage);
            return false;
        }
        return true;
    }

    /**
     * A list of metrics: missing when empty, weak when fewer than {@code min}, each entry weak when it cannot be
     * measured or (with {@code window}) says no time window; good when all pass.
     */
    void metrics(String key, List<String> items, int min, String missingMessage, boolean window) {
        if (items.isEmpty()) {
            missing(key, missingMessage);
            return;
        }
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            ok &= metric(ExerciseAnswer.at(key, i), items.get(i), window);
        }
        if (items.size() < min) {
            weak(key, "Only " + items.size() + " so far: aim for at least " + min + ", then keep the best.");
        } else if (ok) {
            good(key, items.size() + " metrics, each with something countable.");
        }
    }

    /** One metric: weak when it cannot be measured or (with {@code window}) has no time window. True when fine. */
    boolean metric(String part, String metric, boolean window) {
        String problem = ExerciseWording.unmeasurable(metric);
        if (problem != null) {
            weak(part, problem);
            return false;
        }
        if (window && !ExerciseWording.hasWindow(metric)) {
            weak(
                    part,
                    quote(metric) + " has no time window: per day, week or month, or within so many days of"
                            + " something.");
            return false;
        }
        return true;
    }

    /** A text that needs some substance: missing when blank, weak when under {@code minWords}. True when fine. */
    boolean words(ExerciseAnswer a, String key, int minWords, String missingMessage, String shortMessage) {
        if (!a.has(key)) {
            missing(key, missingMessage);
            return false;
        }
        if (ExerciseWording.wordCount(a.text(key)) < minWords) {
            weak(key, shortMessage);
            return false;
        }
        return true;
    }

    boolean hasProblem(String part) {
        return findings.stream()
                .anyMatch(f -> f.part().equals(part) && !f.level().equals("good"));
    }

    CheckResult result(String framework, String... cannotJudge) {
        return new CheckResult(framework, findings, List.of(cannotJudge));
    }

    static String quote(String text) {
        String t = text.strip();
        return "“" + (t.length() > 60 ? t.substring(0, 57) + "…" : t) + "”";
    }
}
