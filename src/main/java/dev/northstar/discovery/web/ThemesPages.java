package dev.northstar.discovery.web;

import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.NoteView;
import dev.northstar.discovery.ThemeList;
import dev.northstar.discovery.Themes;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The themes page, one theme's notes, and the recompute button. */
@Controller
class ThemesPages {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Themes themes;
    private final Workspaces workspaces;
    private final Access access;

    ThemesPages(Themes themes, Workspaces workspaces, Access access) {
        this.themes = themes;
        this.workspaces = workspaces;
        this.access = access;
    }

    @GetMapping("/products/{id}/themes")
    String themes(@PathVariable UUID id, Model model) {
        ThemeList list = themes.list(id);
        page(id, model);
        model.addAttribute("themes", list);
        model.addAttribute("computedAt", format(list.computedAt()));
        model.addAttribute(
                "largest", list.items().stream().mapToInt(t -> t.size()).max().orElse(1));
        return "discovery/themes";
    }

    @PostMapping("/products/{id}/themes/recompute")
    String recompute(@PathVariable UUID id, RedirectAttributes flash) {
        ThemeList list = themes.recompute(id);
        flash.addFlashAttribute(
                "flash",
                list.items().isEmpty()
                        ? "Recomputed. There are not enough notes for themes yet."
                        : "Recomputed: " + list.total() + (list.total() == 1 ? " theme" : " themes") + " from "
                                + (list.notes() - list.pending()) + " notes.");
        return "redirect:/products/" + id + "/themes";
    }

    @GetMapping("/products/{id}/themes/{themeId}")
    String theme(
            @PathVariable UUID id,
            @PathVariable UUID themeId,
            @RequestParam(required = false) Integer page,
            Model model) {
        Paging paging = Paging.of(page, 25);
        PageResult<NoteView> notes = themes.notes(id, themeId, paging);
        page(id, model);
        model.addAttribute("theme", themes.get(id, themeId));
        model.addAttribute("notes", notes);
        model.addAttribute("paging", paging);
        return "discovery/theme";
    }

    private void page(UUID id, Model model) {
        model.addAttribute("product", workspaces.product(id));
        model.addAttribute("section", "themes");
        model.addAttribute("canEdit", access.product(id, Role.VIEWER).role().atLeast(Role.EDITOR));
    }

    static String format(Instant at) {
        return at == null ? null : WHEN.format(at);
    }
}
