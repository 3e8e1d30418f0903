package dev.northstar.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.TestDataDir;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The same behaviour on a real PostgreSQL; the CLI restores into a fresh PostgreSQL database, and once into H2. */
@ActiveProfiles("pgtest")
class WorkspaceBackupPostgresIntegrationTests extends WorkspaceBackupIntegrationTests {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Autowired
    EmbeddedPostgres postgres;

    private String lastDatabase;

    @Override
    protected List<String> freshTarget() {
        String database = "restore_" + DATABASES.incrementAndGet();
        lastDatabase = database;
        jdbc.sql("create database " + database).update();
        // the postgres profile reads these; system properties stand in for the environment variables
        System.setProperty("NORTHSTAR_DB_URL", postgres.getJdbcUrl("postgres", database));
        System.setProperty("NORTHSTAR_DB_USER", "postgres");
        System.setProperty("NORTHSTAR_DB_PASSWORD", "postgres");
        return List.of("--data-dir", TestDataDir.fresh("restore-pg").toString(), "--profile", "postgres");
    }

    @AfterEach
    void forgetTarget() {
        System.clearProperty("NORTHSTAR_DB_URL");
        System.clearProperty("NORTHSTAR_DB_USER");
        System.clearProperty("NORTHSTAR_DB_PASSWORD");
    }

    @Test
    @Override
    void restoresIntoAnEmptyDataDirectoryExactly() throws IOException {
        super.restoresIntoAnEmptyDataDirectoryExactly();
        long restored = JdbcClient.create(postgres.getDatabase("postgres", lastDatabase))
                .sql("select count(*) from notes")
                .query(Long.class)
                .single();
        assertThat(restored).isEqualTo(3);
    }

    @Test
    void movesAWorkspaceFromPostgresToH2Exactly() throws IOException {
        roundTrip(List.of("--data-dir", TestDataDir.fresh("restore-h2").toString()));
    }
}
