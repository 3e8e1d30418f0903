package dev.northstar.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTests {

    @TempDir
    Path dir;

    @Test
    void keepsEventsAcrossReopening() throws Exception {
        Path file = dir.resolve("analytics/events.duckdb");
        EventStore store = new EventStore(file);
        try (Connection c = store.connect();
                Statement st = c.createStatement()) {
            st.execute("insert into events (uuid, product_id, event, distinct_id, ts, received_at) values"
                    + " ('e1', '00000000-0000-0000-0000-000000000001', 'signed_up', 'u1', now(), now())");
        }
        store.destroy();

        EventStore again = new EventStore(file);
        try (Connection c = again.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select event from events where uuid = 'e1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("signed_up");
        } finally {
            again.destroy();
        }
    }
}
