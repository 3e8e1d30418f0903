package dev.northstar.discovery;

import dev.northstar.common.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox's rows: notes, their customers and tags. */
@Repository
class Notes {

    record Stored(UUID id, NewNote note, UUID interviewSessionId, UUID surveyResponseId, UUID createdBy, Instant at) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Notes(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Inserts notes in JDBC batches; an import of many thousand rows is a handful of round trips. */
    void insertAll(UUID productId, List<Stored> notes) {
        template.batchUpdate("""
                insert into notes (id, product_id, text, source, note_date, state, interview_session_id, survey_response_id, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", notes, 1000, (ps, s) -> {
            ps.setObject(1, s.id());
            ps.setObject(2, productId);
            ps.setString(3, s.note().text());
            ps.setString(4, s.note().source().name());
            ps.setObject(5, s.note().date());
            ps.setString(6, s.note().state().name());
            ps.setObject(7, s.interviewSessionId());
            ps.setObject(8, s.surveyResponseId());
            ps.setObject(9, s.createdBy());
            ps.setObject(10, Rows.ts(s.at()));
            ps.setObject(11, Rows.ts(s.at()));
        });
        List<Object[]> customers = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        for (Stored s : notes) {
            if (!s.note().customer().isEmpty()) {
                Customer c = s.note().customer();
                customers.add(new Object[] {s.id(), 0, c.name(), c.company(), c.segment(), c.plan(), c.revenue()});
            }
            for (String t : s.note().tags()) {
                tags.add(new Object[] {s.id(), t});
            }
        }
        insertCustomers(customers);
        template.batchUpdate("insert into note_tags (note_id, tag) values (?, ?)", tags);
    }

    private void insertCustomers(List<Object[]> rows) {
        template.batchUpdate(
                "insert into note_customers (note_id, position, name, company, segment, plan, revenue) values (?, ?, ?, ?, ?, ?, ?)",
                rows,
                1000,
                (PreparedStatement ps, Object[] r) -> {
                    for (int i = 0; i < r.length; i++) {
                        if (r[i] == null) {
                            ps.setNull(i + 1, i == 6 ? Types.NUMERIC : Types.VARCHAR);
                        } else {
                            ps.setObject(i + 1, r[i]);
                        }
                    }
                });
    }

    void replaceCustomers(UUID noteId, List<Customer> customers) {
        jdbc.sql("delete from note_customers where note_id = ?").param(noteId).update();
        List<Object[]> rows = new ArrayList<>();
        int position = 0;
        for (Customer c : customers) {
            if (!c.isEmpty()) {
                rows.add(new Object[] {noteId, position++, c.name(), c.company(), c.segment(), c.plan(), c.revenue()});
            }
        }
        insertCustomers(rows);
    }

    void replaceTags(UUID noteId, List<String> tags) {
        jdbc.sql("delete from note_tags where note_id = ?").param(noteId).update();
        template.batchUpdate(
                "insert into note_tags (note_id, tag) values (?, ?)",
                tags.stream().map(t -> new Object[] {noteId, t}).toList());
    }

    /** Updates text, source, date and state if the version still matches; false when someone else saved first. */
    boolean update(
            UUID productId,
            UUID noteId,
            int version,
            String text,
            NoteSource source,
            java.time.LocalDate date,
            NoteState state) {
        return jdbc.sql("""
                update notes set text = ?, source = ?, note_date = ?, state = ?, updated_at = ?, version = version + 1
                where id = ? and product_id = ? and version = ?""")
                        .params(
                                text,
                                source.name(),
                                date,
                                state.name(),
                                Rows.ts(Instant.now()),
                                noteId,
                                productId,
                                version)
                        .update()
                == 1;
    }

    void setState(UUID noteId, NoteState state) {
        jdbc.sql("update notes set state = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(state.name(), Rows.ts(Instant.now()), noteId)
                .update();
    }

    void delete(UUID productId, UUID noteId) {
        jdbc.sql("delete from notes where id = ? and product_id = ?")
                .params(noteId, productId)
                .update();
    }

    Optional<NoteView> find(UUID productId, UUID noteId) {
        List<NoteView> found = load(productId, List.of(noteId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** How many notes a product has. */
    long count(UUID productId) {
        return jdbc.sql("select count(*) from notes where product_id = ?")
                .param(productId)
                .query(Long.class)
                .single();
    }

    /** Loads notes by id in the order given, skipping ids of other products. */
    List<NoteView> load(UUID productId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Customer>> customers = new HashMap<>();
        jdbc.sql("select * from note_customers where note_id in (:ids) order by note_id, position")
                .param("ids", ids)
                .query((ResultSet rs, int n) -> customers
                        .computeIfAbsent(Rows.uuid(rs, "note_id"), k -> new ArrayList<>())
                        .add(new Customer(
                                rs.getString("name"),
                                rs.getString("company"),
                                rs.getString("segment"),
                                rs.getString("plan"),
                                rs.getBigDecimal("revenue"))))
                .list();
        Map<UUID, List<String>> tags = new HashMap<>();
        jdbc.sql("select note_id, tag from note_tags where note_id in (:ids) order by tag")
                .param("ids", ids)
                .query((ResultSet rs, int n) -> tags.computeIfAbsent(Rows.uuid(rs, "note_id"), k -> new ArrayList<>())
                        .add(rs.getString("tag")))
                .list();
        Map<UUID, NoteView> byId = new HashMap<>();
        jdbc.sql("select * from notes where product_id = :product and id in (:ids)")
                .param("product", productId)
                .param("ids", ids)
                .query((ResultSet rs, int n) -> {
                    UUID id = Rows.uuid(rs, "id");
                    return byId.put(
                            id, map(rs, customers.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of())));
                })
                .list();
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static NoteView map(ResultSet rs, List<Customer> customers, List<String> tags) throws SQLException {
        return new NoteView(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "product_id"),
                rs.getString("text"),
                NoteSource.valueOf(rs.getString("source")),
                Rows.date(rs, "note_date"),
                NoteState.valueOf(rs.getString("state")),
                List.copyOf(customers),
                List.copyOf(tags),
                Rows.uuid(rs, "interview_session_id"),
                Rows.uuid(rs, "survey_response_id"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
