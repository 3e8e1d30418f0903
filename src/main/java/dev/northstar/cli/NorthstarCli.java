package dev.northstar.cli;

import dev.northstar.common.ConflictException;
import dev.northstar.common.ForbiddenException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar northstar.jar [command]}. {@code serve} (or no command, or only {@code --key=value}
 * options) starts the server; the other commands start Spring without a web server, do their work
 * against the same data directory and exit. Expected failures print one line and exit with 2.
 */
@Command(
        name = "northstar",
        mixinStandardHelpOptions = true,
        versionProvider = NorthstarCli.Version.class,
        description = "Northstar, the product-management workbench.",
        subcommands = {
            ServeCommand.class,
            TokenCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            PracticeCommand.class,
            CommandLine.HelpCommand.class
        })
public class NorthstarCli {

    /** Exit code of a command that failed for a reason the user can fix (bad input, locked data directory). */
    static final int USER_ERROR = 2;

    public static boolean startsServer(String[] args) {
        return args.length == 0 || "serve".equals(args[0]) || args[0].startsWith("--") && !isHelpOrVersion(args[0]);
    }

    private static boolean isHelpOrVersion(String arg) {
        return arg.equals("--help") || arg.equals("--version");
    }

    /** Spring arguments for the server: everything but the {@code serve} word. */
    public static String[] serverArgs(String[] args) {
        return args.length > 0 && "serve".equals(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
    }

    private static Class<?> application;
    private static PrintStream out = System.out;

    /** Runs a command; {@code app} is the Spring Boot application class that offline commands start. */
    public static int run(String[] args, Class<?> app) {
        return run(args, app, System.out, System.err);
    }

    /** As {@link #run(String[], Class)}, with the command's output and errors going to the given streams. */
    public static int run(String[] args, Class<?> app, PrintStream stdout, PrintStream stderr) {
        application = app;
        out = stdout;
        CommandLine cli = new CommandLine(new NorthstarCli());
        cli.setOut(new PrintWriter(stdout, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(stderr, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("error: " + readable(ex));
            cmd.getErr().flush();
            return expected(ex) ? USER_ERROR : 1;
        });
        cli.setParameterExceptionHandler((ex, args1) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr()
                    .println("error: " + ex.getMessage() + " (see: northstar "
                            + cmd.getCommandSpec().qualifiedName(" ").replaceFirst("^northstar ?", "") + " --help)");
            cmd.getErr().flush();
            return USER_ERROR;
        });
        try {
            return cli.execute(args);
        } finally {
            cli.getOut().flush();
            cli.getErr().flush();
        }
    }

    /** Where a command writes its data (a backup on standard output); logs never go there. */
    static PrintStream stdout() {
        return out;
    }

    private static boolean expected(Throwable ex) {
        return ex instanceof InvalidInputException
                || ex instanceof ConflictException
                || ex instanceof NotFoundException
                || ex instanceof ForbiddenException
                || ex instanceof IllegalArgumentException
                || ex instanceof DataDirectoryInUse
                || ex instanceof java.io.UncheckedIOException;
    }

    static String readable(Throwable ex) {
        if (ex instanceof InvalidInputException invalid
                && invalid.errors().size() == 1
                && invalid.errors().getFirst().field().equals("file")) {
            return invalid.errors().getFirst().message();
        }
        Throwable t = ex;
        while (t.getCause() != null
                && (t.getMessage() == null || t instanceof org.springframework.beans.BeansException)) {
            t = t.getCause();
        }
        String m = t.getMessage() == null
                ? t.getClass().getSimpleName()
                : t.getMessage().strip();
        int cut = m.indexOf('\n');
        return cut < 0 ? m : m.substring(0, cut);
    }

    /** Starts Northstar without a web server or demo loading, runs {@code work}, closes it. */
    static <T> T withContext(Map<String, Object> properties, Function<ConfigurableApplicationContext, T> work) {
        return start(properties, false, work);
    }

    /**
     * As {@link #withContext}, but runs {@code work} as soon as the beans are ready, before start-up
     * tasks such as creating the first admin account: a restore into an empty data directory then
     * leaves exactly the accounts of the backup.
     */
    static <T> T beforeStartupTasks(Map<String, Object> properties, Function<ConfigurableApplicationContext, T> work) {
        return start(properties, true, work);
    }

    private static <T> T start(
            Map<String, Object> properties, boolean early, Function<ConfigurableApplicationContext, T> work) {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        all.put("northstar.demo", false);
        all.put("spring.main.banner-mode", "off");
        all.put("spring.task.scheduling.enabled", false);
        all.put("logging.level.root", "warn");
        // the command prints the one line that matters; Spring's own failure report would repeat it with a stack trace
        all.put("logging.level.org.springframework.boot.SpringApplication", "off");
        all.put("logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter", "off");
        all.put("logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext", "error");
        all.put("logging.level.org.flywaydb", "error");
        all.put("logging.level.org.apache.lucene", "error");
        all.putAll(properties);
        // as command-line arguments they outrank application.yml (default properties would not)
        String[] springArgs = all.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        AtomicReference<T> result = new AtomicReference<>();
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false);
        if (early) {
            builder.listeners((ApplicationListener<ApplicationEvent>) event -> {
                if (event instanceof ApplicationStartedEvent started) {
                    result.set(work.apply(started.getApplicationContext()));
                }
            });
        }
        // logs go to standard error while Spring runs, so a backup written to standard output stays clean
        PrintStream systemOut = System.out;
        System.setOut(System.err);
        try (ConfigurableApplicationContext ctx = builder.run(springArgs)) {
            if (!early) {
                result.set(work.apply(ctx));
            }
            return result.get();
        } catch (RuntimeException e) {
            if (locked(e)) {
                throw new DataDirectoryInUse(
                        String.valueOf(properties.getOrDefault("northstar.data-dir", "./northstar-data")));
            }
            throw e;
        } finally {
            System.setOut(systemOut);
        }
    }

    /** H2 refuses a second process on its file; Lucene refuses a second writer on its index. */
    private static boolean locked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == 90020
                            || String.valueOf(sql.getMessage()).contains("already in use"))) {
                return true;
            }
            if (t.getClass().getName().equals("org.apache.lucene.store.LockObtainFailedException")) {
                return true;
            }
        }
        return false;
    }

    static final class DataDirectoryInUse extends RuntimeException {
        DataDirectoryInUse(String dir) {
            super("the data directory " + dir
                    + " is in use by a running Northstar server; stop the server, or use the API instead"
                    + " (GET /api/v1/workspaces/{id}/export, POST /api/v1/workspaces/import)");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = NorthstarCli.class.getPackage().getImplementationVersion();
            return new String[] {"northstar " + (v == null ? "development build" : v)};
        }
    }
}
