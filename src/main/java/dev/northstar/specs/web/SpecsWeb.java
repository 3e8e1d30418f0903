package dev.northstar.specs.web;

import dev.northstar.common.ForbiddenException;
import dev.northstar.common.web.RequestValues;
import dev.northstar.specs.Criterion;
import dev.northstar.workspace.ProductView;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;

/** Small translations shared by the specs pages and API. */
final class SpecsWeb {

    private SpecsWeb() {}

    static UUID uuid(String value, String field) {
        return RequestValues.uuid(value, field);
    }

    static Double number(String value, String field) {
        return RequestValues.number(value, field);
    }

    /** Criteria posted by a form as {@code criteria[i].given}, {@code .when}, {@code .then}; blank rows are dropped. */
    static List<Criterion> criteria(Map<String, String> form) {
        List<Criterion> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String p = "criteria[" + i + "].";
            if (!form.containsKey(p + "given") && !form.containsKey(p + "when") && !form.containsKey(p + "then")) {
                continue;
            }
            Criterion c = new Criterion(form.get(p + "given"), form.get(p + "when"), form.get(p + "then"));
            if (c.given() != null || c.when() != null || c.then() != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** Lines of a textarea, blank ones dropped. */
    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static Role page(Workspaces workspaces, UUID productId, String section, Model model) {
        ProductView product = workspaces.product(productId);
        Role role = workspaces.get(product.workspaceId()).role();
        model.addAttribute("product", product);
        model.addAttribute("section", section);
        model.addAttribute("role", role);
        model.addAttribute("canEdit", role.atLeast(Role.EDITOR));
        return role;
    }

    static void editorPage(Workspaces workspaces, UUID productId, String section, Model model) {
        Role role = page(workspaces, productId, section, model);
        if (!role.atLeast(Role.EDITOR)) {
            throw new ForbiddenException("this needs the editor role or higher; you are "
                    + role.name().toLowerCase(Locale.ROOT));
        }
    }
}
