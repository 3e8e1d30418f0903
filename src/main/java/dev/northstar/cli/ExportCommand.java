package dev.northstar.cli;

import dev.northstar.interchange.WorkspaceBackups;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.WorkspaceView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        description = "Write a whole workspace as a JSON backup (to standard output unless --out is given).")
class ExportCommand implements Callable<Integer> {

    @Option(
            names = "--workspace",
            required = true,
            paramLabel = "<id or name>",
            description = "The workspace's id or its exact name")
    String workspace;

    @Option(
            names = "--out",
            paramLabel = "<file.json>",
            description = "Write the backup to this file instead of standard output")
    Path out;

    @Mixin
    DataDirOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        WorkspaceView exported = NorthstarCli.withContext(
                data.properties(),
                ctx -> Access.asSystem(() -> {
                    WorkspaceBackups backups = ctx.getBean(WorkspaceBackups.class);
                    WorkspaceView ws = backups.resolve(workspace);
                    if (out == null) {
                        backups.export(ws.id(), NorthstarCli.stdout());
                        NorthstarCli.stdout().println();
                        NorthstarCli.stdout().flush();
                    } else {
                        writeFile(backups, ws);
                    }
                    return ws;
                }));
        if (out != null) {
            spec.commandLine()
                    .getErr()
                    .println("wrote workspace " + exported.name() + " (" + exported.id() + ") to " + out);
        }
        return 0;
    }

    /** Writes beside the target first, so a failed export never leaves half a file under the name asked for. */
    private void writeFile(WorkspaceBackups backups, WorkspaceView ws) {
        Path target = out.toAbsolutePath();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (OutputStream stream = Files.newOutputStream(part)) {
                backups.export(ws.id(), stream);
                stream.write('\n');
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // best effort: the part file is only left behind after a failure
            }
        }
    }
}
