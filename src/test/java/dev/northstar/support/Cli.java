package dev.northstar.support;

import dev.northstar.NorthstarApplication;
import dev.northstar.cli.NorthstarCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a command of the jar's command line in this JVM and keeps what it printed. */
public record Cli(int exitCode, String out, String err) {

    public static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = NorthstarCli.run(
                args,
                NorthstarApplication.class,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines the command printed as errors (Spring's own warnings aside). */
    public java.util.List<String> errorLines() {
        return err.lines().filter(l -> l.startsWith("error: ")).toList();
    }
}
