package dev.northstar.discovery.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.discovery.FeedbackInbox;
import dev.northstar.discovery.NoteView;
import dev.northstar.discovery.SimilarNotes;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Likely duplicates of a note: a panel the note page loads with htmx, or a page of its own. */
@Controller
class SimilarNotesPages {

    static final int SHOWN = 5;

    private final SimilarNotes similar;
    private final FeedbackInbox inbox;
    private final Workspaces workspaces;
    private final Access access;

    SimilarNotesPages(SimilarNotes similar, FeedbackInbox inbox, Workspaces workspaces, Access access) {
        this.similar = similar;
        this.inbox = inbox;
        this.workspaces = workspaces;
        this.access = access;
    }

    @GetMapping("/products/{id}/notes/{noteId}/similar")
    String similar(
            @PathVariable UUID id,
            @PathVariable UUID noteId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        NoteView note = inbox.get(id, noteId);
        model.addAttribute("note", note);
        model.addAttribute("result", similar.similar(id, noteId, SHOWN));
        model.addAttribute("canMerge", access.product(id, Role.VIEWER).role().atLeast(Role.EDITOR));
        model.addAttribute("productId", id);
        if (htmx != null) {
            return "discovery/similar :: panel";
        }
        model.addAttribute("product", workspaces.product(id));
        model.addAttribute("section", "notes");
        return "discovery/similar";
    }

    @PostMapping("/products/{id}/notes/{noteId}/merge")
    String merge(
            @PathVariable UUID id,
            @PathVariable UUID noteId,
            @RequestParam(required = false) String duplicateId,
            RedirectAttributes flash) {
        try {
            NoteView kept = similar.merge(id, noteId, SimilarNotesApi.parse(duplicateId));
            flash.addFlashAttribute(
                    "flash",
                    "Merged. This note now holds both texts and "
                            + kept.customers().size() + (kept.customers().size() == 1 ? " customer" : " customers")
                            + "; the duplicate is gone.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("flashError", e.errors().getFirst().message());
        }
        return "redirect:/products/" + id + "/notes/" + noteId;
    }
}
