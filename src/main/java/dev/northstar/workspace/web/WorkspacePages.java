package dev.northstar.workspace.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.OverviewCard;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.InvitationView;
import dev.northstar.workspace.ProductView;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.WorkspaceView;
import dev.northstar.workspace.Workspaces;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class WorkspacePages {

    private final Workspaces workspaces;
    private final Access access;
    private final List<OverviewCard.Contributor> contributors;

    WorkspacePages(Workspaces workspaces, Access access, List<OverviewCard.Contributor> contributors) {
        this.workspaces = workspaces;
        this.access = access;
        this.contributors = contributors;
    }

    @GetMapping("/login")
    String login() {
        return "workspace/login";
    }

    @GetMapping("/")
    String home(Model model) {
        List<WorkspaceView> mine = workspaces.mine();
        model.addAttribute(
                "workspaces",
                mine.stream()
                        .map(w -> new Navigation.Entry(w, workspaces.products(w.id())))
                        .toList());
        return "workspace/home";
    }

    @PostMapping("/workspaces")
    String createWorkspace(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes flash) {
        try {
            WorkspaceView ws = workspaces.create(name);
            flash.addFlashAttribute("flash", "Workspace “" + ws.name() + "” created. Add its first product.");
            return "redirect:/workspaces/" + ws.id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("name", name);
            return home(model);
        }
    }

    @GetMapping("/workspaces/{id}")
    String workspace(@PathVariable UUID id, Model model) {
        model.addAttribute("workspace", workspaces.get(id));
        model.addAttribute("products", workspaces.products(id));
        model.addAttribute("members", workspaces.members(id));
        return "workspace/workspace";
    }

    @PostMapping("/workspaces/{id}/products")
    String createProduct(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description,
            Model model,
            RedirectAttributes flash) {
        try {
            ProductView p = workspaces.createProduct(id, name, description);
            flash.addFlashAttribute("flash", "Product “" + p.name() + "” created.");
            return "redirect:/products/" + p.id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("name", name);
            model.addAttribute("description", description);
            return workspace(id, model);
        }
    }

    @PostMapping("/workspaces/{id}/rename")
    String rename(@PathVariable UUID id, @RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        try {
            workspaces.rename(id, name);
            flash.addFlashAttribute("flash", "Workspace renamed.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/workspaces/" + id + "/members";
    }

    @GetMapping("/workspaces/{id}/members")
    String members(@PathVariable UUID id, Model model) {
        WorkspaceView ws = workspaces.get(id);
        model.addAttribute("workspace", ws);
        model.addAttribute("members", workspaces.members(id));
        model.addAttribute("roles", Role.values());
        model.addAttribute("me", access.current().userId());
        if (ws.role() == Role.OWNER) {
            model.addAttribute("invitations", workspaces.openInvitations(id));
        }
        return "workspace/members";
    }

    @PostMapping("/workspaces/{id}/members")
    String invite(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "VIEWER") String role,
            Model model,
            RedirectAttributes flash) {
        try {
            InvitationView inv = workspaces.invite(id, email, Role.parse(role));
            if (inv.token() == null) {
                flash.addFlashAttribute("flash", inv.email() + " already has an account and is now a member.");
            } else {
                flash.addFlashAttribute("inviteLink", "/public/invitations/" + inv.token());
                flash.addFlashAttribute(
                        "flash", "Invitation created. Send " + inv.email() + " the link below; it is shown only once.");
            }
            return "redirect:/workspaces/" + id + "/members";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("email", email);
            return members(id, model);
        }
    }

    @PostMapping("/workspaces/{id}/members/{userId}/role")
    String changeRole(
            @PathVariable UUID id, @PathVariable UUID userId, @RequestParam String role, RedirectAttributes flash) {
        workspaces.changeRole(id, userId, Role.parse(role));
        flash.addFlashAttribute("flash", "Role changed.");
        return "redirect:/workspaces/" + id + "/members";
    }

    @PostMapping("/workspaces/{id}/members/{userId}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes flash) {
        workspaces.removeMember(id, userId);
        flash.addFlashAttribute("flash", "Member removed.");
        return "redirect:/workspaces/" + id + "/members";
    }

    @PostMapping("/workspaces/{id}/invitations/{invitationId}/cancel")
    String cancelInvitation(@PathVariable UUID id, @PathVariable UUID invitationId, RedirectAttributes flash) {
        workspaces.cancelInvitation(id, invitationId);
        flash.addFlashAttribute("flash", "Invitation cancelled.");
        return "redirect:/workspaces/" + id + "/members";
    }

    @GetMapping("/products/{id}")
    String overview(@PathVariable UUID id, Model model) {
        ProductView p = workspaces.product(id);
        model.addAttribute("product", p);
        model.addAttribute("section", "overview");
        model.addAttribute("workspace", workspaces.get(p.workspaceId()));
        model.addAttribute(
                "cards",
                contributors.stream()
                        .flatMap(c -> c.cards(id).stream())
                        .sorted(Comparator.comparingInt(OverviewCard::order))
                        .toList());
        return "workspace/overview";
    }

    @GetMapping("/products/{id}/settings")
    String settings(@PathVariable UUID id, Model model) {
        ProductView p = workspaces.product(id);
        model.addAttribute("product", p);
        model.addAttribute("section", "settings");
        model.addAttribute("workspace", workspaces.get(p.workspaceId()));
        return "workspace/settings";
    }

    @PostMapping("/products/{id}/settings")
    String saveSettings(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description,
            Model model,
            RedirectAttributes flash) {
        try {
            workspaces.updateProduct(id, name, description);
            flash.addFlashAttribute("flash", "Product saved.");
            return "redirect:/products/" + id + "/settings";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return settings(id, model);
        }
    }

    @PostMapping("/products/{id}/capture-key")
    String rotate(@PathVariable UUID id, RedirectAttributes flash) {
        workspaces.rotateCaptureKey(id);
        flash.addFlashAttribute("flash", "New capture key issued. Clients using the old key are refused from now on.");
        return "redirect:/products/" + id + "/settings";
    }
}
