package dev.northstar.common;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The {@code northstar.*} configuration keys. */
@ConfigurationProperties("northstar")
public record NorthstarProperties(
        @DefaultValue("./northstar-data") Path dataDir,
        @DefaultValue("true") boolean demo,
        @DefaultValue Bootstrap bootstrap) {

    public record Bootstrap(String adminEmail, String adminPassword) {}

    public Path dir(String child) {
        return dataDir.resolve(child);
    }
}
