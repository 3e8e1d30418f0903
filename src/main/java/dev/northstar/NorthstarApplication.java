package dev.northstar;

import dev.northstar.cli.NorthstarCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class NorthstarApplication {

    /** {@code serve} (or no command) starts the server; other commands are dispatched before Spring starts. */
    public static void main(String[] args) {
        if (NorthstarCli.startsServer(args)) {
            SpringApplication.run(NorthstarApplication.class, NorthstarCli.serverArgs(args));
            return;
        }
        System.exit(NorthstarCli.run(args, NorthstarApplication.class));
    }
}
