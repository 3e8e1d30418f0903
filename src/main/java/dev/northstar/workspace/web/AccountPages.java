package dev.northstar.workspace.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.workspace.Accounts;
import dev.northstar.workspace.IssuedToken;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountPages {

    private final Accounts accounts;

    AccountPages(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("tokens", accounts.tokens());
        return "workspace/account";
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        IssuedToken token = accounts.issueToken(name);
        flash.addFlashAttribute("newToken", token.secret());
        flash.addFlashAttribute(
                "flash", "Token “" + token.token().name() + "” created. Copy it now: it is shown only once.");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes flash) {
        accounts.revokeToken(id);
        flash.addFlashAttribute("flash", "Token revoked.");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String password(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            Model model,
            RedirectAttributes flash) {
        try {
            accounts.changePassword(currentPassword, newPassword);
            flash.addFlashAttribute("flash", "Password changed.");
            return "redirect:/account";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return account(model);
        }
    }

    @GetMapping("/public/invitations/{token}")
    String invitation(@PathVariable String token, Model model) {
        model.addAttribute(
                "invitation", accounts.invitation(token).orElseThrow(() -> new NotFoundException("invitation")));
        model.addAttribute("token", token);
        return "workspace/invitation";
    }

    @PostMapping("/public/invitations/{token}")
    String accept(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String password,
            Model model,
            RedirectAttributes flash) {
        try {
            accounts.acceptInvitation(token, name, password);
            flash.addFlashAttribute("flash", "Welcome! Sign in with your email and new password.");
            return "redirect:/login";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("name", name);
            return invitation(token, model);
        }
    }
}
