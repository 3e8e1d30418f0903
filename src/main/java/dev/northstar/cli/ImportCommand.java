package dev.northstar.cli;

import dev.northstar.interchange.BackupHeader;
import dev.northstar.interchange.RestoredWorkspace;
import dev.northstar.interchange.WorkspaceBackups;
import dev.northstar.workspace.Access;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        description = "Restore a workspace from a JSON backup into the data directory (all or nothing).")
class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<file.json>", description = "A backup written by export")
    Path file;

    @Mixin
    DataDirOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // a missing file, broken JSON or a foreign format is reported before Spring starts
        BackupHeader.read(file);
        RestoredWorkspace restored = NorthstarCli.beforeStartupTasks(
                data.properties(),
                ctx -> Access.asSystem(() -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        return ctx.getBean(WorkspaceBackups.class).restore(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
                    }
                }));
        String rows = restored.rows().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        spec.commandLine()
                .getOut()
                .println("restored workspace " + restored.name() + " (" + restored.workspaceId() + "): " + rows
                        + (restored.reusedRows() > 0
                                ? "; " + restored.reusedRows() + " existing account(s) reused"
                                : ""));
        return 0;
    }
}
