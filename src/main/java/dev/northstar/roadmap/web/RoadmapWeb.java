package dev.northstar.roadmap.web;

import dev.northstar.common.ForbiddenException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.web.RequestValues;
import dev.northstar.workspace.ProductView;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.ui.Model;

/** Small translations shared by the roadmap pages and API. */
final class RoadmapWeb {

    private RoadmapWeb() {}

    static UUID uuid(String value, String field) {
        return RequestValues.uuid(value, field);
    }

    static List<UUID> uuids(List<String> values, String field) {
        return RequestValues.uuids(values, field);
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + value.strip() + "' is not a date (YYYY-MM-DD)");
        }
    }

    static Double number(String value, String field) {
        return RequestValues.number(value, field);
    }

    static Integer integer(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + value.strip() + "' is not a whole number");
        }
    }

    /** Puts the product, the side-navigation section and the user's role in the model; answers the role. */
    static Role page(Workspaces workspaces, UUID productId, Model model) {
        ProductView product = workspaces.product(productId);
        Role role = workspaces.get(product.workspaceId()).role();
        model.addAttribute("product", product);
        model.addAttribute("section", "roadmap");
        model.addAttribute("role", role);
        model.addAttribute("canEdit", role.atLeast(Role.EDITOR));
        return role;
    }

    static void requireEditor(Role role) {
        if (!role.atLeast(Role.EDITOR)) {
            throw new ForbiddenException("this needs the editor role or higher; you are "
                    + role.name().toLowerCase(Locale.ROOT));
        }
    }
}
