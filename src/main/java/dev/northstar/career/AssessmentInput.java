package dev.northstar.career;

import dev.northstar.practice.Skill;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A self-assessment as entered: the day it describes (null = today), a level 1–5 for each of the seven skills and an
 * optional note per skill. Skills left out have no entry in {@code levels}.
 */
public record AssessmentInput(LocalDate assessedOn, Map<Skill, Integer> levels, Map<Skill, String> notes) {

    public AssessmentInput {
        levels = copy(levels);
        notes = copy(notes);
    }

    private static <V> Map<Skill, V> copy(Map<Skill, V> in) {
        Map<Skill, V> out = new EnumMap<>(Skill.class);
        if (in != null) {
            in.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(k, v);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
