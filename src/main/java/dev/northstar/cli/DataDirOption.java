package dev.northstar.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every offline command shares: which data directory or database to work on. */
class DataDirOption {

    @Option(names = "--data-dir", description = "Data directory (default: northstar.data-dir, ./northstar-data)")
    String dataDir;

    @Option(
            names = "--profile",
            description =
                    "Spring profile, e.g. postgres (uses NORTHSTAR_DB_URL, NORTHSTAR_DB_USER, NORTHSTAR_DB_PASSWORD)")
    String profile;

    Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        if (dataDir != null) {
            p.put("northstar.data-dir", dataDir);
        }
        if (profile != null) {
            p.put("spring.profiles.active", profile);
        }
        return p;
    }
}
