package dev.northstar.practice;

import java.util.List;

/** The practice exercises: guided forms that save the work and say what is missing. */
public enum ExerciseKind implements Keyed {
    METRICS("metrics", "Metrics practice", List.of(Skill.DATA, Skill.BUSINESS)),
    TEARDOWN("teardown", "Product teardown", List.of(Skill.INNOVATION, Skill.EMPATHY)),
    REVIEW_HIGHLIGHTS("review-highlights", "Review highlights", List.of(Skill.EMPATHY, Skill.DATA)),
    CROSS_TRAINING("cross-training", "Cross training", List.of(Skill.INNOVATION, Skill.AGENCY)),
    PRODUCT_EXECUTION("product-execution", "Product execution", List.of(Skill.EMPATHY, Skill.DATA, Skill.BUSINESS)),
    CIRCLES("circles", "CIRCLES", List.of(Skill.EMPATHY, Skill.COMMUNICATION)),
    AARRR("aarrr", "AARM / AARRR funnel", List.of(Skill.DATA, Skill.BUSINESS)),
    HEART("heart", "HEART goals, signals, metrics", List.of(Skill.DATA, Skill.EMPATHY)),
    NORTH_STAR("north-star", "North Star and input metrics", List.of(Skill.DATA, Skill.BUSINESS)),
    OPPORTUNITY_SOLUTION_TREE(
            "opportunity-solution-tree", "Opportunity–solution tree", List.of(Skill.EMPATHY, Skill.INNOVATION)),
    JOB_STORIES("job-stories", "Job stories", List.of(Skill.EMPATHY, Skill.COMMUNICATION)),
    KANO("kano", "Kano model", List.of(Skill.EMPATHY, Skill.DATA)),
    POSITIONING("positioning", "Positioning statement", List.of(Skill.BUSINESS, Skill.COMMUNICATION)),
    LEAN_CANVAS("lean-canvas", "Lean Canvas", List.of(Skill.BUSINESS, Skill.INNOVATION)),
    POWER_INTEREST("power-interest", "Power / interest grid", List.of(Skill.COMMUNICATION, Skill.ORGANIZATION)),
    RACI("raci", "RACI matrix", List.of(Skill.ORGANIZATION, Skill.COMMUNICATION));

    private final String key;
    private final String label;
    private final List<Skill> skills;

    ExerciseKind(String key, String label, List<Skill> skills) {
        this.key = key;
        this.label = label;
        this.skills = skills;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    /** The skills this exercise trains, strongest first. */
    public List<Skill> skills() {
        return skills;
    }

    /** True for the framework templates (as opposed to the five guided exercises). */
    public boolean template() {
        return ordinal() >= CIRCLES.ordinal();
    }

    public static ExerciseKind parse(String value, String field) {
        return Keyed.parse(ExerciseKind.class, value, field);
    }
}
