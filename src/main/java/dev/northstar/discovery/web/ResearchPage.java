package dev.northstar.discovery.web;

import dev.northstar.workspace.ProductView;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every interview and survey page needs: the product for the shell, the side-nav section and what the reader may do. */
@Component
class ResearchPage {

    private final Workspaces workspaces;

    ResearchPage(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    ProductView prepare(UUID productId, String section, Model model) {
        ProductView product = workspaces.product(productId);
        Role role = workspaces.get(product.workspaceId()).role();
        model.addAttribute("product", product);
        model.addAttribute("section", section);
        model.addAttribute("canEdit", role.atLeast(Role.EDITOR));
        model.addAttribute("canContribute", role.atLeast(Role.CONTRIBUTOR));
        return product;
    }
}
