package dev.northstar.prioritization.web;

import dev.northstar.common.ForbiddenException;
import dev.northstar.common.web.RequestValues;
import dev.northstar.workspace.ProductView;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.ui.Model;

/** Small translations shared by the feature pages and API. */
final class FeatureWeb {

    private FeatureWeb() {}

    /** A uuid from a request value; blank is null, anything else unreadable names the field. */
    static UUID uuid(String value, String field) {
        return RequestValues.uuid(value, field);
    }

    static List<UUID> uuids(List<String> values, String field) {
        return RequestValues.uuids(values, field);
    }

    /** A number from a form field; blank is null. */
    static Double number(String value, String field) {
        return RequestValues.number(value, field);
    }

    /** Puts the product, the side-navigation section and the current user's role in the model; answers the role. */
    static Role page(Workspaces workspaces, UUID productId, String section, Model model) {
        ProductView product = workspaces.product(productId);
        Role role = workspaces.get(product.workspaceId()).role();
        model.addAttribute("product", product);
        model.addAttribute("section", section);
        model.addAttribute("role", role);
        model.addAttribute("canEdit", role.atLeast(Role.EDITOR));
        return role;
    }

    /** Like {@link #page} for forms only editors may use. */
    static void editorPage(Workspaces workspaces, UUID productId, String section, Model model) {
        Role role = page(workspaces, productId, section, model);
        if (!role.atLeast(Role.EDITOR)) {
            throw new ForbiddenException("this needs the editor role or higher; you are "
                    + role.name().toLowerCase(Locale.ROOT));
        }
    }
}
