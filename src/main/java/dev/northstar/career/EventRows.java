package dev.northstar.career;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The career_events table and the contacts met at each; every query is one user's. */
@Repository
class EventRows {

    private record Row(
            UUID id,
            String name,
            LocalDate heldOn,
            EventKind kind,
            String notes,
            Instant createdAt,
            Instant updatedAt) {}

    private final JdbcClient jdbc;

    EventRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID userId, UUID id, EventInput in, Instant at) {
        jdbc.sql("""
                insert into career_events (id, user_id, name, held_on, kind, notes, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, userId, in.name(), in.heldOn(), in.kind().key(), in.notes(), Rows.ts(at), Rows.ts(at))
                .update();
        replaceContacts(id, in.contactIds());
    }

    boolean update(UUID userId, UUID id, EventInput in, Instant at) {
        boolean updated = jdbc.sql("""
                        update career_events set name = ?, held_on = ?, kind = ?, notes = ?, updated_at = ?
                        where user_id = ? and id = ?""")
                        .params(in.name(), in.heldOn(), in.kind().key(), in.notes(), Rows.ts(at), userId, id)
                        .update()
                > 0;
        if (updated) {
            replaceContacts(id, in.contactIds());
        }
        return updated;
    }

    private void replaceContacts(UUID eventId, List<UUID> contactIds) {
        jdbc.sql("delete from career_event_contacts where event_id = ?")
                .param(eventId)
                .update();
        for (UUID contactId : contactIds.stream().distinct().toList()) {
            jdbc.sql("insert into career_event_contacts (event_id, contact_id) values (?, ?)")
                    .params(eventId, contactId)
                    .update();
        }
    }

    Optional<EventView> find(UUID userId, UUID id) {
        return views(jdbc.sql("select * from career_events where user_id = ? and id = ?")
                        .params(userId, id)
                        .query(EventRows::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** Newest first. */
    List<EventView> page(UUID userId, Paging paging) {
        return views(
                jdbc.sql("select * from career_events where user_id = ? order by held_on desc, name limit ? offset ?")
                        .params(userId, paging.size(), paging.offset())
                        .query(EventRows::row)
                        .list());
    }

    long count(UUID userId) {
        return jdbc.sql("select count(*) from career_events where user_id = ?")
                .param(userId)
                .query(Long.class)
                .single();
    }

    List<EventView> between(UUID userId, LocalDate from, LocalDate to) {
        return views(jdbc.sql(
                        "select * from career_events where user_id = ? and held_on between ? and ? order by held_on, name")
                .params(userId, from, to)
                .query(EventRows::row)
                .list());
    }

    /** The events where the user met this contact, newest first. */
    List<EventView> withContact(UUID userId, UUID contactId) {
        return views(
                jdbc.sql("""
                        select e.* from career_events e join career_event_contacts x on x.event_id = e.id
                        where e.user_id = ? and x.contact_id = ? order by e.held_on desc""").params(userId, contactId).query(EventRows::row).list());
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from career_events where user_id = ? and id = ?")
                        .params(userId, id)
                        .update()
                > 0;
    }

    private List<EventView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<EventView.Met>> met = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(rows.size(), "?"));
        jdbc.sql(
                        "select x.event_id, k.id, k.name from career_event_contacts x join career_contacts k on k.id = x.contact_id"
                                + " where x.event_id in (" + marks + ") order by lower(k.name)")
                .params(rows.stream().map(Row::id).map(Object.class::cast).toList())
                .query(rs -> {
                    met.computeIfAbsent(Rows.uuid(rs, "event_id"), k -> new ArrayList<>())
                            .add(new EventView.Met(Rows.uuid(rs, "id"), rs.getString("name")));
                });
        return rows.stream()
                .map(r -> new EventView(
                        r.id(),
                        r.name(),
                        r.heldOn(),
                        r.kind(),
                        r.notes(),
                        met.getOrDefault(r.id(), List.of()),
                        r.createdAt(),
                        r.updatedAt()))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                Rows.uuid(rs, "id"),
                rs.getString("name"),
                Rows.date(rs, "held_on"),
                EventKind.parse(rs.getString("kind"), "kind", EventKind.OTHER),
                rs.getString("notes"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
