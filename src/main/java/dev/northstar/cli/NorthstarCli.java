package dev.northstar.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar northstar.jar [command]}. {@code serve} (or no command, or only {@code --key=value}
 * options) starts the server; the other commands start Spring without a web server, do their work
 * against the same data directory and exit.
 */
@Command(name = "northstar", mixinStandardHelpOptions = true, versionProvider = NorthstarCli.Version.class,
        description = "Northstar, the product-management workbench.",
        subcommands = {ServeCommand.class, TokenCommand.class, CommandLine.HelpCommand.class})
public class NorthstarCli {

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

    /** Runs a command; {@code app} is the Spring Boot application class that offline commands start. */
    public static int run(String[] args, Class<?> app) {
        application = app;
        CommandLine cli = new CommandLine(new NorthstarCli());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("error: " + readable(ex));
            return ex instanceof dev.northstar.common.InvalidInputException || ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli.execute(args);
    }

    static String readable(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof org.springframework.beans.BeansException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Starts Northstar without a web server or demo loading, runs {@code work}, closes it. */
    static <T> T withContext(Map<String, Object> properties, Function<ConfigurableApplicationContext, T> work) {
        String[] springArgs = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("northstar.demo=false", "spring.main.banner-mode=off", "logging.level.root=warn", "spring.task.scheduling.enabled=false")
                .run(springArgs)) {
            return work.apply(ctx);
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
