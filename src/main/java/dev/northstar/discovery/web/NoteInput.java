package dev.northstar.discovery.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.InvalidInputException.FieldError;
import dev.northstar.discovery.Customer;
import dev.northstar.discovery.NewNote;
import dev.northstar.discovery.NoteSource;
import dev.northstar.discovery.NoteState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw request values (JSON or form) into a {@link NewNote}, collecting every field error so
 * the caller hears about all of them at once rather than one per round trip.
 */
final class NoteInput {

    private final List<FieldError> errors = new ArrayList<>();

    NoteSource source(String raw, String field) {
        return attempt(() -> NoteSource.parse(raw, field));
    }

    /** A state; {@code null} when blank so the caller can decide what blank means. */
    NoteState state(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return attempt(() -> NoteState.parse(raw, field));
    }

    /** A date in ISO form; {@code null} when blank (the note then takes today). */
    LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(
                    field, "'" + raw.strip() + "' is not a date; use YYYY-MM-DD, for example 2025-03-14"));
            return null;
        }
    }

    /** Revenue as a plain amount; "12,500" and "$12500.50" are read too. */
    BigDecimal revenue(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String cleaned = raw.strip().replaceAll("[,_\\s]", "").replaceFirst("^[$€£]", "");
        try {
            BigDecimal value = new BigDecimal(cleaned).setScale(2, RoundingMode.HALF_UP);
            if (value.signum() < 0) {
                errors.add(new FieldError(field, "revenue must be 0 or more"));
                return null;
            }
            if (value.precision() - value.scale() > 16) {
                errors.add(new FieldError(field, "revenue is too large"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(
                    field, "'" + raw.strip() + "' is not an amount; use a number such as 12000 or 12000.50"));
            return null;
        }
    }

    List<String> tags(List<String> raw, String field) {
        List<String> tags = attempt(() -> NewNote.normaliseTags(raw));
        return tags == null ? List.of() : tags;
    }

    Customer customer(String name, String company, String segment, String plan, BigDecimal revenue, String prefix) {
        max(name, 200, prefix + "name", "Customer name");
        max(company, 200, prefix + "company", "Company");
        max(segment, 200, prefix + "segment", "Segment");
        max(plan, 100, prefix + "plan", "Plan");
        return new Customer(name, company, segment, plan, revenue);
    }

    void text(String text, String field) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "Text is required: write what the customer said or asked for"));
        } else {
            max(text.strip(), NewNote.MAX_TEXT, field, "Text");
        }
    }

    void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Every error collected so far, thrown as one problem; or the note when there were none. */
    NewNote note(
            String text, NoteSource source, Customer customer, LocalDate date, List<String> tags, NoteState state) {
        orThrow();
        return new NewNote(text, source, customer, date, tags, state);
    }

    void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void max(String value, int max, String field, String label) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, label + " must be at most " + max + " characters"));
        }
    }

    private <T> T attempt(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
