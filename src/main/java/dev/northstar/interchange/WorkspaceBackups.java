package dev.northstar.interchange;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.WorkspaceRestored;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.WorkspaceView;
import dev.northstar.workspace.Workspaces;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole-workspace backups as JSON: every table a module declared through {@code common.BackupTables},
 * rows sorted by primary key, so two exports of the same data differ only in {@code exportedAt}.
 * A restore recreates the workspace with the same ids in one transaction.
 */
@Service
public class WorkspaceBackups {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Access access;
    private final Workspaces workspaces;
    private final Exporter exporter;
    private final Restorer restorer;
    private final ApplicationEventPublisher events;

    WorkspaceBackups(
            Access access,
            Workspaces workspaces,
            Exporter exporter,
            Restorer restorer,
            ApplicationEventPublisher events) {
        this.access = access;
        this.workspaces = workspaces;
        this.exporter = exporter;
        this.restorer = restorer;
        this.events = events;
    }

    /** Writes the workspace's backup to {@code out} (not closed). Owners only. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(UUID workspaceId, OutputStream out) {
        access.workspace(workspaceId, Role.OWNER);
        exporter.export(workspaceId, workspaces.get(workspaceId).name(), out);
    }

    /** The workspace's backup as a string. Owners only. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public String export(UUID workspaceId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export(workspaceId, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A file name for the workspace's backup, e.g. {@code northstar-acme-2024-05-01.json}. Owners only. */
    @Transactional(readOnly = true)
    public String fileName(UUID workspaceId) {
        access.workspace(workspaceId, Role.OWNER);
        String slug = workspaces
                .get(workspaceId)
                .name()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "northstar-" + (slug.isEmpty() ? "workspace" : slug) + "-"
                + Values.now().toString().substring(0, 10) + ".json";
    }

    /**
     * The workspace an id or an exact name stands for, among those the current actor may see;
     * a name shared by several workspaces must be given as an id.
     */
    @Transactional(readOnly = true)
    public WorkspaceView resolve(String idOrName) {
        String wanted = idOrName == null ? "" : idOrName.strip();
        var matches = workspaces.mine().stream()
                .filter(w ->
                        w.id().toString().equalsIgnoreCase(wanted) || w.name().equals(wanted))
                .toList();
        if (matches.isEmpty()) {
            throw new NotFoundException("workspace \"" + wanted + "\"");
        }
        if (matches.size() > 1) {
            throw new InvalidInputException(
                    "workspace",
                    "several workspaces are called \"" + wanted + "\"; give the id instead: "
                            + String.join(
                                    ", ",
                                    matches.stream().map(w -> w.id().toString()).toList()));
        }
        return matches.getFirst();
    }

    /**
     * Restores a backup into this database, all or nothing. Refuses a workspace id that already
     * exists. Accounts that exist here (same id, or same email) are reused as they are; the others
     * are created with the password hash from the backup. Any signed-in user (or the system) may.
     */
    @Transactional
    public RestoredWorkspace restore(InputStream in) {
        access.current();
        Restorer.Outcome outcome = restorer.restore(in);
        UUID id = outcome.header().workspaceId();
        String name = Access.asSystem(() -> {
            try {
                return workspaces.get(id).name();
            } catch (NotFoundException e) {
                throw new InvalidInputException(
                        "tables.workspaces", "the backup does not contain the row of workspace " + id + " itself");
            }
        });
        events.publishEvent(new WorkspaceRestored(id));
        return new RestoredWorkspace(id, name, outcome.rows(), outcome.reused());
    }

    /** {@link #restore(InputStream)} from a string. */
    @Transactional
    public RestoredWorkspace restore(String json) {
        return restore(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
