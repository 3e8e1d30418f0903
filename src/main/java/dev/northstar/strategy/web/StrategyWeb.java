package dev.northstar.strategy.web;

import dev.northstar.common.ForbiddenException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.web.RequestValues;
import dev.northstar.strategy.GoalInput;
import dev.northstar.strategy.GoalStatus;
import dev.northstar.strategy.KeyResultInput;
import dev.northstar.strategy.RatingInput;
import dev.northstar.workspace.ProductView;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.ui.Model;

/** Translations shared by the strategy pages and API: request values to domain values, naming the field at fault. */
final class StrategyWeb {

    private StrategyWeb() {}

    static UUID uuid(String value, String field) {
        return RequestValues.uuid(value, field);
    }

    /** A number from JSON (number or text) or a form field; blank is null; "1,5" reads as 1.5; thousands separators are refused. */
    static Double number(Object value, String field, String label) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        String s = value.toString().strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.indexOf(',') >= 0 && s.indexOf('.') < 0 && s.indexOf(',') == s.lastIndexOf(',')) {
            s = s.replace(',', '.');
        }
        try {
            return new BigDecimal(s).doubleValue();
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    field, label + " must be a number, not '" + value.toString().strip() + "'");
        }
    }

    static Integer rating(Object value, String field) {
        Double d = number(value, field, "Rating");
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || d < 1 || d > 5) {
            throw new InvalidInputException(field, "Rating must be a whole number from 1 to 5");
        }
        return d.intValue();
    }

    static LocalDate date(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, label + " must be a date like 2027-01-31");
        }
    }

    /** Runs a parse step, prefixing the fields of its errors (e.g. {@code keyResults[2].}) and collecting them. */
    static <T> T collect(List<InvalidInputException.FieldError> errors, String prefix, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.add(new InvalidInputException.FieldError(prefix + f.field(), f.message())));
            return null;
        }
    }

    record KeyResultFields(String id, String title, String unit, Object baseline, Object target, Object current) {

        KeyResultInput input() {
            List<InvalidInputException.FieldError> errors = new ArrayList<>();
            UUID kid = collect(errors, "", () -> uuid(id, "id"));
            Double b = collect(errors, "", () -> number(baseline, "baseline", "Baseline"));
            Double t = collect(errors, "", () -> number(target, "target", "Target"));
            Double c = collect(errors, "", () -> number(current, "current", "Current value"));
            KeyResultInput in = collect(errors, "", () -> new KeyResultInput(kid, title, unit, b, t, c));
            if (!errors.isEmpty()) {
                // the typing mistakes first; a missing value is only reported when it was not mistyped
                throw new InvalidInputException(dedupe(errors));
            }
            return in;
        }
    }

    /** A goal from request values, reporting every field at fault at once (key results as keyResults[i].field). */
    static GoalInput goal(
            String title,
            String description,
            String period,
            String startsOn,
            String endsOn,
            String owner,
            String status,
            List<KeyResultFields> keyResults) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        LocalDate starts = collect(errors, "", () -> date(startsOn, "startsOn", "Start date"));
        LocalDate ends = collect(errors, "", () -> date(endsOn, "endsOn", "End date"));
        GoalStatus s = collect(errors, "", () -> GoalStatus.parse(status, "status"));
        List<KeyResultInput> krs = null;
        if (keyResults != null) {
            krs = new ArrayList<>();
            for (int i = 0; i < keyResults.size(); i++) {
                KeyResultFields f = keyResults.get(i);
                if (f == null) {
                    errors.add(new InvalidInputException.FieldError(
                            "keyResults[" + i + "]", "a key result must be an object"));
                    continue;
                }
                KeyResultInput kr = collect(errors, "keyResults[" + i + "].", f::input);
                if (kr != null) {
                    krs.add(kr);
                }
            }
        }
        List<KeyResultInput> finalKrs = krs;
        GoalInput goal =
                collect(errors, "", () -> new GoalInput(title, description, period, starts, ends, owner, s, finalKrs));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(dedupe(errors));
        }
        return goal;
    }

    static RatingInput ratingInput(String criterionId, Object rating, String note, String prefix) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        UUID c = collect(errors, prefix, () -> uuid(criterionId, "criterionId"));
        Integer r = collect(errors, prefix, () -> rating(rating, "rating"));
        RatingInput in = collect(errors, prefix, () -> new RatingInput(c, r, note));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(dedupe(errors));
        }
        return in;
    }

    /** One message per field: the first (the parse error rather than the "required" that follows from it). */
    private static List<InvalidInputException.FieldError> dedupe(List<InvalidInputException.FieldError> errors) {
        List<InvalidInputException.FieldError> out = new ArrayList<>();
        for (InvalidInputException.FieldError e : errors) {
            if (out.stream().noneMatch(o -> o.field().equals(e.field()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Puts product, section, role and edit rights in the model; answers the role. */
    static Role page(Workspaces workspaces, UUID productId, String section, Model model) {
        ProductView product = workspaces.product(productId);
        Role role = workspaces.get(product.workspaceId()).role();
        model.addAttribute("product", product);
        model.addAttribute("section", section);
        model.addAttribute("role", role);
        model.addAttribute("canEdit", role.atLeast(Role.EDITOR));
        return role;
    }

    /** Like {@link #page} for forms only editors may use: others get "forbidden" before seeing the form. */
    static void editorPage(Workspaces workspaces, UUID productId, String section, Model model) {
        Role role = page(workspaces, productId, section, model);
        if (!role.atLeast(Role.EDITOR)) {
            throw new ForbiddenException("this needs the editor role or higher; you are "
                    + role.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A form record's fields by name, for templates that loop over fields. */
    static Map<String, Object> values(Record form) {
        Map<String, Object> out = new HashMap<>();
        for (RecordComponent c : form.getClass().getRecordComponents()) {
            try {
                out.put(c.getName(), c.getAccessor().invoke(form));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    static int version(Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "version is required: send the version you read");
        }
        return version;
    }
}
