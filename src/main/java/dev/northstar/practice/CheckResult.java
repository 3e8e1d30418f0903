package dev.northstar.practice;

import java.util.List;

/**
 * What a structural check found. It judges form, never substance: {@code cannotJudge} says plainly what a person must
 * still assess (whether the numbers are true, whether the idea is good). {@code complete} = no finding is "missing".
 */
public record CheckResult(String framework, List<CheckFinding> findings, List<String> cannotJudge) {

    public CheckResult {
        findings = List.copyOf(findings);
        cannotJudge = List.copyOf(cannotJudge);
    }

    public boolean complete() {
        return findings.stream().noneMatch(f -> f.level().equals("missing"));
    }

    /** The findings that ask for work (missing or weak). */
    public List<CheckFinding> problems() {
        return findings.stream().filter(f -> !f.level().equals("good")).toList();
    }
}
