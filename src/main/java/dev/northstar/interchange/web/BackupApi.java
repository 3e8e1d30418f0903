package dev.northstar.interchange.web;

import dev.northstar.interchange.RestoredWorkspace;
import dev.northstar.interchange.WorkspaceBackups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces")
@Tag(name = "Backups", description = "Whole-workspace backup and restore as JSON")
class BackupApi {

    private final WorkspaceBackups backups;

    BackupApi(WorkspaceBackups backups) {
        this.backups = backups;
    }

    @Operation(summary = "Download the workspace as a JSON backup (owners)")
    @GetMapping("/{workspaceId}/export")
    void export(@PathVariable UUID workspaceId, HttpServletResponse response) throws IOException {
        String file = backups.fileName(workspaceId);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file).build().toString());
        backups.export(workspaceId, response.getOutputStream());
    }

    @Operation(summary = "Restore a workspace from a JSON backup; refused when the workspace id already exists")
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RestoredWorkspace restore(InputStream body) {
        return backups.restore(body);
    }
}
