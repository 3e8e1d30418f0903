package dev.northstar.discovery;

import dev.northstar.common.Checks;
import java.util.List;

/**
 * What a PM writes about a persona or segment: a name, a short summary, and what the customer feels,
 * thinks, wants and struggles with. Unmet needs are records of their own ({@link NeedInput}).
 * Blank parts become null; a missing kind or name, or an over-long part, cannot be constructed.
 */
public record PersonaInput(
        PersonaKind kind,
        String name,
        String summary,
        String feelings,
        String thoughts,
        String motivations,
        String influences,
        String behaviours,
        String goals,
        String preferences,
        String frustrations) {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 4000;

    /** The descriptive parts in the order forms and pages show them. */
    public static final List<String> TEXT_FIELDS = List.of(
            "summary",
            "feelings",
            "thoughts",
            "motivations",
            "influences",
            "behaviours",
            "goals",
            "preferences",
            "frustrations");

    public PersonaInput {
        name = Checks.trimToNull(name);
        summary = Checks.trimToNull(summary);
        feelings = Checks.trimToNull(feelings);
        thoughts = Checks.trimToNull(thoughts);
        motivations = Checks.trimToNull(motivations);
        influences = Checks.trimToNull(influences);
        behaviours = Checks.trimToNull(behaviours);
        goals = Checks.trimToNull(goals);
        preferences = Checks.trimToNull(preferences);
        frustrations = Checks.trimToNull(frustrations);
        Checks checks = Checks.start()
                .require(kind != null, "kind", "kind is required: persona or segment")
                .notBlank(name, "name", "Name")
                .maxLength(name, MAX_NAME, "name", "Name");
        String[] texts = {
            summary, feelings, thoughts, motivations, influences, behaviours, goals, preferences, frustrations
        };
        for (int i = 0; i < texts.length; i++) {
            String field = TEXT_FIELDS.get(i);
            checks.maxLength(texts[i], MAX_TEXT, field, Character.toUpperCase(field.charAt(0)) + field.substring(1));
        }
        checks.orThrow();
    }

    /** One descriptive part by its name in {@link #TEXT_FIELDS}. */
    public String text(String field) {
        return switch (field) {
            case "summary" -> summary;
            case "feelings" -> feelings;
            case "thoughts" -> thoughts;
            case "motivations" -> motivations;
            case "influences" -> influences;
            case "behaviours" -> behaviours;
            case "goals" -> goals;
            case "preferences" -> preferences;
            case "frustrations" -> frustrations;
            default -> throw new IllegalArgumentException("no persona field " + field);
        };
    }
}
