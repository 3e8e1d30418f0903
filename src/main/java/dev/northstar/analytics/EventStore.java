package dev.northstar.analytics;

import dev.northstar.common.NorthstarProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The DuckDB event store under {@code <data-dir>/analytics/events.duckdb}: one process holds it, one connection per
 * caller ({@link #connect()} duplicates the root connection, which DuckDB requires per thread). Its schema is
 * {@code analytics/events.sql}.
 */
@Component
public class EventStore implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventStore.class);

    private final DuckDBConnection root;
    private final Path file;

    @Autowired
    EventStore(NorthstarProperties properties) {
        this(properties.dir("analytics").resolve("events.duckdb"));
    }

    EventStore(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            try (Statement st = root.createStatement()) {
                for (String sql : schema().split(";\\s*\\n")) {
                    if (!sql.isBlank()) {
                        st.execute(sql);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the event store " + file + ": " + e.getMessage(), e);
        }
        log.info("Event store at {}", file);
    }

    /** A connection of its own for the calling thread; the caller closes it. */
    public Connection connect() {
        try {
            return root.duplicate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the event store: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void destroy() throws SQLException {
        root.close();
    }

    private static String schema() throws IOException {
        try (InputStream in = new ClassPathResource("analytics/events.sql").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.strip().startsWith("--"))
                    .reduce("", (a, b) -> a + b + "\n");
        }
    }
}
