package dev.northstar.career.web;

import dev.northstar.career.AssessmentInput;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.web.RequestValues;
import dev.northstar.practice.Skill;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading request values (JSON fields, form fields) of the career API and pages with errors that name the field. */
final class CareerRequests {

    private CareerRequests() {}

    /** An ISO date (2026-03-01); blank is null. */
    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + value.strip() + "' is not a date like 2026-03-01");
        }
    }

    static UUID uuid(String value, String field) {
        return RequestValues.uuid(value, field);
    }

    static List<UUID> uuids(List<String> values, String field) {
        return RequestValues.uuids(values, field);
    }

    /**
     * An assessment from skill-keyed levels and notes; a level may be a number or a numeric string. Unknown skills
     * and levels that are not whole numbers name their field ({@code ratings.<skill>}).
     */
    static AssessmentInput assessment(String assessedOn, Map<String, ?> levels, Map<String, String> notes) {
        Map<Skill, Integer> ls = new EnumMap<>(Skill.class);
        if (levels != null) {
            levels.forEach((key, value) -> {
                String field = "ratings." + key;
                Skill skill = Skill.parse(key, field);
                Integer level = level(value, field);
                if (level != null) {
                    ls.put(skill, level);
                }
            });
        }
        Map<Skill, String> ns = new EnumMap<>(Skill.class);
        if (notes != null) {
            notes.forEach((key, value) -> ns.put(Skill.parse(key, "notes." + key), value));
        }
        return new AssessmentInput(date(assessedOn, "assessedOn"), ls, ns);
    }

    private static Integer level(Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        if (value instanceof String s && s.strip().matches("-?\\d{1,3}")) {
            return Integer.valueOf(s.strip());
        }
        throw new InvalidInputException(field, "must be a whole number from 1 to 5");
    }
}
