package dev.northstar.discovery.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.web.RequestValues;
import dev.northstar.discovery.SessionDraft;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reading text fields of forms and request bodies into typed values, naming the field when they are wrong. */
final class ResearchForms {

    private ResearchForms() {}

    /** A session from text fields; every problem is reported at once. */
    static SessionDraft sessionDraft(
            String interviewee,
            String company,
            String segment,
            String plan,
            String date,
            String guideId,
            String summary) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        LocalDate day = null;
        UUID guide = null;
        try {
            day = date(date, "date");
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        try {
            guide = uuid(guideId, "guideId");
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        try {
            SessionDraft draft = new SessionDraft(interviewee, company, segment, plan, day, guide, summary);
            if (errors.isEmpty()) {
                return draft;
            }
        } catch (InvalidInputException e) {
            for (InvalidInputException.FieldError f : e.errors()) {
                if (errors.stream().noneMatch(x -> x.field().equals(f.field()))) {
                    errors.add(f);
                }
            }
        }
        throw new InvalidInputException(errors);
    }

    /** An ISO date (2026-06-11); blank means none. */
    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Date must look like 2026-06-11");
        }
    }

    /** An id; blank means none. */
    static UUID uuid(String value, String field) {
        return RequestValues.uuid(value, field);
    }
}
