package dev.northstar.discovery.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.discovery.HighlightView;
import dev.northstar.discovery.HighlightedNote;
import dev.northstar.discovery.Highlights;
import dev.northstar.discovery.Importance;
import dev.northstar.discovery.Needs;
import dev.northstar.workspace.Workspaces;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The highlights panel of a note: the note text with its highlights marked, their list, and a form to
 * link a selected passage to an unmet need. The note page loads it with htmx (HX-Request answers the
 * panel alone); without JavaScript the same address is a page of its own.
 */
@Controller
@RequestMapping("/products/{productId}")
class HighlightPages {

    record HighlightForm(Integer start, String quote, String needId, String importance) {}

    private final Highlights highlights;
    private final Needs needs;
    private final Workspaces workspaces;
    private final MessageSource messages;

    HighlightPages(Highlights highlights, Needs needs, Workspaces workspaces, MessageSource messages) {
        this.highlights = highlights;
        this.needs = needs;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    @GetMapping("/notes/{noteId}/highlights")
    String panel(
            @PathVariable UUID productId,
            @PathVariable UUID noteId,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        return render(productId, noteId, htmx != null, null, model);
    }

    @PostMapping("/notes/{noteId}/highlights")
    String add(
            @PathVariable UUID productId,
            @PathVariable UUID noteId,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) String quote,
            @RequestParam(required = false) String needId,
            @RequestParam(required = false) String importance,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes flash) {
        HighlightForm form = new HighlightForm(start, quote, needId, importance);
        try {
            HighlightView h = highlights.addFromSelection(
                    productId,
                    noteId,
                    start,
                    quote,
                    PersonasWeb.uuid(needId, "needId"),
                    importance == null || importance.isBlank() ? null : Importance.parse(importance, "importance"));
            String done = msg("highlight.added", h.needTitle());
            if (htmx != null) {
                model.addAttribute("panelFlash", done);
                return render(productId, noteId, true, null, model);
            }
            flash.addFlashAttribute("flash", done);
            return "redirect:/products/" + productId + "/notes/" + noteId + "/highlights";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return render(productId, noteId, htmx != null, form, model);
        } catch (ConflictException e) {
            model.addAttribute("error", new InvalidInputException("quote", e.getMessage()));
            return render(productId, noteId, htmx != null, form, model);
        }
    }

    @PostMapping("/highlights/{highlightId}/delete")
    String remove(
            @PathVariable UUID productId,
            @PathVariable UUID highlightId,
            @RequestParam(required = false) String back,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes flash) {
        HighlightView h = highlights.get(productId, highlightId);
        highlights.delete(productId, highlightId);
        if (htmx != null) {
            model.addAttribute("panelFlash", msg("highlight.removed"));
            return render(productId, h.noteId(), true, null, model);
        }
        flash.addFlashAttribute("flash", msg("highlight.removed"));
        return "redirect:" + PersonasWeb.back(back, "/products/" + productId + "/notes/" + h.noteId() + "/highlights");
    }

    private String render(UUID productId, UUID noteId, boolean partial, HighlightForm form, Model model) {
        PersonasWeb.page(workspaces, productId, "notes", model);
        HighlightedNote note = highlights.onNote(productId, noteId);
        Set<UUID> removable = new HashSet<>();
        for (HighlightView h : note.highlights()) {
            if (highlights.canRemove(productId, h)) {
                removable.add(h.id());
            }
        }
        model.addAttribute("note", note);
        model.addAttribute("partial", partial);
        model.addAttribute("removable", removable);
        model.addAttribute("needs", needs.all(productId));
        model.addAttribute("importances", Importance.values());
        model.addAttribute("form", form == null ? new HighlightForm(null, null, null, null) : form);
        return partial ? "discovery/highlights/panel :: panel" : "discovery/highlights/page";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
