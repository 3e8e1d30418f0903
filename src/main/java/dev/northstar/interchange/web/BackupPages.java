package dev.northstar.interchange.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.interchange.RestoredWorkspace;
import dev.northstar.interchange.WorkspaceBackups;
import dev.northstar.workspace.Workspaces;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Backup download for owners and restore by upload, for people who prefer the browser to the CLI. */
@Controller
class BackupPages {

    private final WorkspaceBackups backups;
    private final Workspaces workspaces;

    BackupPages(WorkspaceBackups backups, Workspaces workspaces) {
        this.backups = backups;
        this.workspaces = workspaces;
    }

    @GetMapping("/workspaces/{id}/backup")
    String backup(@PathVariable UUID id, Model model) {
        model.addAttribute("fileName", backups.fileName(id));
        model.addAttribute("workspace", workspaces.get(id));
        return "interchange/backup";
    }

    @GetMapping("/workspaces/{id}/backup/download")
    void download(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        String file = backups.fileName(id);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file).build().toString());
        backups.export(id, response.getOutputStream());
    }

    @GetMapping("/workspaces/restore")
    String restoreForm() {
        return "interchange/restore";
    }

    @PostMapping("/workspaces/restore")
    String restore(
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "Choose a backup file (.json) to restore");
            }
            RestoredWorkspace restored;
            try (InputStream in = file.getInputStream()) {
                restored = backups.restore(in);
            }
            redirect.addFlashAttribute("flash", "Restored workspace " + restored.name() + ".");
            boolean member = workspaces.mine().stream().anyMatch(w -> w.id().equals(restored.workspaceId()));
            return member ? "redirect:/workspaces/" + restored.workspaceId() : "redirect:/";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return "interchange/restore";
        } catch (ConflictException e) {
            model.addAttribute("error", new InvalidInputException("file", e.getMessage()));
            return "interchange/restore";
        }
    }
}
