package dev.northstar.career;

import dev.northstar.practice.Skill;
import java.util.List;
import java.util.Map;

/**
 * One of the seven skills as the self-assessment shows it: what it is, the observable behaviour that fits each level
 * 1–5, and short suggestions for practising it.
 */
public record SkillGuide(Skill skill, String name, String summary, Map<Integer, String> levels, List<String> practice) {

    public SkillGuide {
        levels = Map.copyOf(levels);
        practice = List.copyOf(practice);
    }

    public String key() {
        return skill.key();
    }

    /** The behaviour that fits {@code level} (1–5). */
    public String anchor(int level) {
        return levels.get(level);
    }
}
