package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V2_17 on a database that has notes in the layout before it (tags in note_tags, the first customer in
 * note_customers at position 0), on H2 and on PostgreSQL: the notes read the same afterwards.
 */
class NotesOnOneRowMigrationIntegrationTests {

    static final UUID PRODUCT = UUID.randomUUID();
    static final UUID MERGED = UUID.randomUUID();
    static final UUID BARE = UUID.randomUUID();
    static final UUID TAGGED = UUID.randomUUID();

    @Test
    void movesTagsAndFirstCustomersOntoTheNoteOnH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v2_17_" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        migrateAndCheck(h2);
    }

    @Test
    void movesTagsAndFirstCustomersOntoTheNoteOnPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            migrateAndCheck(pg.getPostgresDatabase());
        }
    }

    private void migrateAndCheck(DataSource db) {
        flyway(db).target("2.16").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        UUID workspace = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("insert into workspaces (id, name, created_at) values (?, 'W', ?)")
                .params(workspace, now)
                .update();
        jdbc.sql("insert into products (id, workspace_id, name, capture_key, created_at) values (?, ?, 'P', 'k', ?)")
                .params(PRODUCT, workspace, now)
                .update();
        for (UUID note : List.of(MERGED, BARE, TAGGED)) {
            jdbc.sql(
                            "insert into notes (id, product_id, text, source, note_date, state, created_at, updated_at) values (?, ?, 'text', 'OTHER', current_date, 'NEW', ?, ?)")
                    .params(note, PRODUCT, now, now)
                    .update();
        }
        customer(jdbc, MERGED, 0, "Ana Ruiz", "Globex", new BigDecimal("12000.50"));
        customer(jdbc, MERGED, 1, "Ben Okafor", "Initech", null);
        customer(jdbc, TAGGED, 0, "Chen Wu", null, null);
        for (String tag : List.of("performance", "export", "say \"hi\"\\there")) {
            jdbc.sql("insert into note_tags (note_id, tag) values (?, ?)")
                    .params(MERGED, tag)
                    .update();
        }
        jdbc.sql("insert into note_tags (note_id, tag) values (?, 'ui')")
                .param(TAGGED)
                .update();

        flyway(db).load().migrate();

        Map<UUID, NoteView> notes = new java.util.HashMap<>();
        new Notes(jdbc, new org.springframework.jdbc.core.JdbcTemplate(db))
                .load(PRODUCT, List.of(MERGED, BARE, TAGGED))
                .forEach(n -> notes.put(n.id(), n));
        assertThat(notes.get(MERGED).tags()).containsExactly("export", "performance", "say \"hi\"\\there");
        assertThat(notes.get(MERGED).customers())
                .containsExactly(
                        new Customer("Ana Ruiz", "Globex", null, null, new BigDecimal("12000.50")),
                        new Customer("Ben Okafor", "Initech", null, null, null));
        assertThat(notes.get(BARE).tags()).isEmpty();
        assertThat(notes.get(BARE).customers()).isEmpty();
        assertThat(notes.get(TAGGED).tags()).containsExactly("ui");
        assertThat(notes.get(TAGGED).customers()).containsExactly(new Customer("Chen Wu", null, null, null, null));
        assertThat(jdbc.sql("select position from note_customers")
                        .query(Integer.class)
                        .list())
                .containsExactly(1);
    }

    private static void customer(
            JdbcClient jdbc, UUID note, int position, String name, String company, BigDecimal revenue) {
        jdbc.sql("insert into note_customers (note_id, position, name, company, revenue) values (?, ?, ?, ?, ?)")
                .params(note, position, name, company, revenue)
                .update();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource db) {
        return Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .outOfOrder(true);
    }
}
