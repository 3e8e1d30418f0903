package dev.northstar.discovery.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.discovery.NoteImportMapping;
import dev.northstar.discovery.NoteImportPreview;
import dev.northstar.discovery.NoteImportProgress;
import dev.northstar.discovery.NoteImports;
import dev.northstar.workspace.Workspaces;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The three steps of a CSV import: upload a file, map its columns to note fields (with a preview of
 * its first rows), import. With JavaScript the upload and the import show progress bars; without it
 * the same forms work as plain posts.
 */
@Controller
class NoteImportPages {

    /** One row of the mapping form: a note field and the column chosen for it ("" for none). */
    record FieldChoice(String field, String column, boolean required) {}

    private final NoteImports imports;
    private final Workspaces workspaces;

    NoteImportPages(NoteImports imports, Workspaces workspaces) {
        this.imports = imports;
        this.workspaces = workspaces;
    }

    @GetMapping("/products/{id}/notes/import")
    String upload(@PathVariable UUID id, Model model) {
        model.addAttribute("canImport", imports.canImport(id));
        return page(id, model, "discovery/import-upload");
    }

    @PostMapping("/products/{id}/notes/import")
    String stage(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "choose a CSV file to upload");
            }
            NoteImportPreview preview;
            try (InputStream in = file.getInputStream()) {
                preview = imports.stage(id, in, file.getOriginalFilename());
            }
            return "redirect:/products/" + id + "/notes/import/" + preview.token();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return upload(id, model);
        }
    }

    @GetMapping("/products/{id}/notes/import/{token}")
    String mapping(@PathVariable UUID id, @PathVariable String token, Model model, RedirectAttributes flash) {
        NoteImportProgress progress = imports.progress(id, token);
        if ("done".equals(progress.state())) {
            return done(id, token, flash);
        }
        if ("failed".equals(progress.state()) && !model.containsAttribute("error")) {
            model.addAttribute("error", new InvalidInputException(progress.errors()));
        }
        NoteImportPreview preview = imports.staged(id, token);
        if (!model.containsAttribute("choices")) {
            NoteImportMapping last = imports.lastMapping(id, token);
            List<FieldChoice> choices = new ArrayList<>();
            for (String f : NoteImportMapping.FIELDS) {
                String column;
                if (last != null && last.namesFor(f) != null) {
                    column = last.namesFor(f).isEmpty() ? "" : last.namesFor(f).getFirst();
                } else {
                    column = preview.suggested().getOrDefault(f, "");
                }
                choices.add(new FieldChoice(f, column, f.equals("text")));
            }
            model.addAttribute("choices", choices);
        }
        model.addAttribute("preview", preview);
        model.addAttribute(
                "options",
                preview.columns().stream().filter(c -> !c.isEmpty()).distinct().toList());
        model.addAttribute("running", "running".equals(progress.state()));
        return page(id, model, "discovery/import-mapping");
    }

    /** Imports at once (the form without JavaScript); re-renders the mapping with every error otherwise. */
    @PostMapping("/products/{id}/notes/import/{token}")
    String importNow(
            @PathVariable UUID id,
            @PathVariable String token,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes flash) {
        NoteImportMapping mapping = mapping(form);
        try {
            int n = imports.importStaged(id, token, mapping);
            flash.addFlashAttribute("flash", imported(n));
            return "redirect:/products/" + id + "/notes";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("choices", choices(form));
            return mapping(id, token, model, flash);
        }
    }

    /** Starts the import in the background (the form with JavaScript), answering its progress as JSON. */
    @PostMapping("/products/{id}/notes/import/{token}/start")
    @ResponseBody
    NoteImportProgress start(
            @PathVariable UUID id, @PathVariable String token, @RequestParam MultiValueMap<String, String> form) {
        return imports.start(id, token, mapping(form));
    }

    @GetMapping("/products/{id}/notes/import/{token}/progress")
    @ResponseBody
    NoteImportProgress progress(@PathVariable UUID id, @PathVariable String token) {
        return imports.progress(id, token);
    }

    /** Where the page goes when a background import has ended: the inbox when it succeeded, back to the mapping with its errors otherwise. */
    @GetMapping("/products/{id}/notes/import/{token}/done")
    String done(@PathVariable UUID id, @PathVariable String token, RedirectAttributes flash) {
        NoteImportProgress progress = imports.progress(id, token);
        if (!"done".equals(progress.state())) {
            return "redirect:/products/" + id + "/notes/import/" + token;
        }
        imports.discard(id, token);
        flash.addFlashAttribute("flash", imported(progress.imported()));
        return "redirect:/products/" + id + "/notes";
    }

    @PostMapping("/products/{id}/notes/import/{token}/discard")
    String discard(@PathVariable UUID id, @PathVariable String token, RedirectAttributes flash) {
        imports.discard(id, token);
        flash.addFlashAttribute("flash", "The uploaded file was discarded; nothing was imported.");
        return "redirect:/products/" + id + "/notes/import";
    }

    private String page(UUID id, Model model, String view) {
        model.addAttribute("product", workspaces.product(id));
        model.addAttribute("section", "notes");
        model.addAttribute("fields", NoteImportMapping.FIELDS);
        return view;
    }

    private static String imported(int n) {
        return n == 1 ? "Imported 1 note." : "Imported " + n + " notes.";
    }

    /** Form fields {@code map.text=Summary}, {@code map.tags=Labels}; an empty value means "do not import". */
    private static NoteImportMapping mapping(MultiValueMap<String, String> form) {
        Map<String, Object> byField = new LinkedHashMap<>();
        for (String f : NoteImportMapping.FIELDS) {
            List<String> values = form.get("map." + f);
            byField.put(f, values == null ? List.of() : values);
        }
        return NoteImportMapping.of(byField);
    }

    private static List<FieldChoice> choices(MultiValueMap<String, String> form) {
        List<FieldChoice> out = new ArrayList<>();
        for (String f : NoteImportMapping.FIELDS) {
            String v = form.getFirst("map." + f);
            out.add(new FieldChoice(f, v == null ? "" : v, f.equals("text")));
        }
        return out;
    }
}
