package dev.northstar.discovery.web;

import dev.northstar.common.ForbiddenException;
import dev.northstar.common.web.RequestValues;
import dev.northstar.workspace.ProductView;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import java.util.UUID;
import org.springframework.ui.Model;

/** Small translations shared by the personas, needs, highlights and opportunity-tree doors. */
final class PersonasWeb {

    private PersonasWeb() {}

    /** A uuid from a request value; blank is null, anything else unreadable names the field. */
    static UUID uuid(String value, String field) {
        return RequestValues.uuid(value, field);
    }

    /** Puts the product, the side-navigation section and the current user's role in the model; answers the role. */
    static Role page(Workspaces workspaces, UUID productId, String section, Model model) {
        ProductView product = workspaces.product(productId);
        Role role = workspaces.get(product.workspaceId()).role();
        model.addAttribute("product", product);
        model.addAttribute("section", section);
        model.addAttribute("role", role);
        model.addAttribute("canEdit", role.atLeast(Role.EDITOR));
        model.addAttribute("canContribute", role.atLeast(Role.CONTRIBUTOR));
        return role;
    }

    /** Like {@link #page} for forms that only editors may use: others get "forbidden" before seeing the form. */
    static void editorPage(Workspaces workspaces, UUID productId, String section, Model model) {
        Role role = page(workspaces, productId, section, model);
        if (!role.atLeast(Role.EDITOR)) {
            throw new ForbiddenException("this needs the editor role or higher; you are "
                    + role.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A local path under /products/ to go back to, or the fallback (never another site). */
    static String back(String requested, String fallback) {
        return requested != null
                        && requested.startsWith("/products/")
                        && !requested.startsWith("//")
                        && !requested.contains("\\")
                ? requested
                : fallback;
    }
}
