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

/** The inbox's rows: notes with their tags and first customer, and the further customers of merged notes. */
@Repository
class Notes {

    record Stored(UUID id, NewNote note, UUID interviewSessionId, UUID surveyResponseId, UUID createdBy, Instant at) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Notes(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Inserts notes in JDBC batches, one row each: tags and the customer sit on the note row (V2_17), so
     * an import of many thousand rows is a handful of round trips and one index entry per index of notes.
     */
    void insertAll(UUID productId, List<Stored> notes) {
        template.batchUpdate("""
                insert into notes (id, product_id, text, source, note_date, state, interview_session_id, survey_response_id,
                    created_by, created_at, updated_at, tags, customer_name, customer_company, customer_segment, customer_plan, customer_revenue)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", notes, 1000, (ps, s) -> {
            Customer c = s.note().customer();
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
            ps.setString(12, TagColumn.write(s.note().tags()));
            ps.setString(13, c.name());
            ps.setString(14, c.company());
            ps.setString(15, c.segment());
            ps.setString(16, c.plan());
            ps.setBigDecimal(17, c.revenue());
        });
    }

    /**
     * Replaces a note's customers: the first non-empty one goes on the note row, the others into
     * note_customers at positions 1, 2, ... (only merged notes have more than one).
     */
    void replaceCustomers(UUID noteId, List<Customer> customers) {
        List<Customer> known = customers.stream().filter(c -> !c.isEmpty()).toList();
        Customer first = known.isEmpty() ? Customer.NONE : known.getFirst();
        jdbc.sql("""
                update notes set customer_name = ?, customer_company = ?, customer_segment = ?, customer_plan = ?, customer_revenue = ?
                where id = ?""")
                .params(first.name(), first.company(), first.segment(), first.plan(), first.revenue(), noteId)
                .update();
        jdbc.sql("delete from note_customers where note_id = ?").param(noteId).update();
        List<Object[]> rows = new ArrayList<>();
        for (int position = 1; position < known.size(); position++) {
            Customer c = known.get(position);
            rows.add(new Object[] {noteId, position, c.name(), c.company(), c.segment(), c.plan(), c.revenue()});
        }
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

    void replaceTags(UUID noteId, List<String> tags) {
        jdbc.sql("update notes set tags = ? where id = ?")
                .params(TagColumn.write(tags), noteId)
                .update();
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
        // customers beyond the first: only merged notes have any (primary key note_id, position)
        Map<UUID, List<Customer>> more = new HashMap<>();
        jdbc.sql("select * from note_customers where note_id in (:ids) order by note_id, position")
                .param("ids", ids)
                .query((ResultSet rs, int n) -> more.computeIfAbsent(Rows.uuid(rs, "note_id"), k -> new ArrayList<>())
                        .add(new Customer(
                                rs.getString("name"),
                                rs.getString("company"),
                                rs.getString("segment"),
                                rs.getString("plan"),
                                rs.getBigDecimal("revenue"))))
                .list();
        Map<UUID, NoteView> byId = new HashMap<>();
        jdbc.sql("select * from notes where product_id = :product and id in (:ids)")
                .param("product", productId)
                .param("ids", ids)
                .query((ResultSet rs, int n) -> {
                    UUID id = Rows.uuid(rs, "id");
                    return byId.put(id, map(rs, more.getOrDefault(id, List.of())));
                })
                .list();
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static NoteView map(ResultSet rs, List<Customer> more) throws SQLException {
        Customer first = new Customer(
                rs.getString("customer_name"),
                rs.getString("customer_company"),
                rs.getString("customer_segment"),
                rs.getString("customer_plan"),
                rs.getBigDecimal("customer_revenue"));
        List<Customer> customers = new ArrayList<>(1 + more.size());
        if (!first.isEmpty()) {
            customers.add(first);
        }
        customers.addAll(more);
        return new NoteView(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "product_id"),
                rs.getString("text"),
                NoteSource.valueOf(rs.getString("source")),
                Rows.date(rs, "note_date"),
                NoteState.valueOf(rs.getString("state")),
                List.copyOf(customers),
                TagColumn.read(rs.getString("tags")),
                Rows.uuid(rs, "interview_session_id"),
                Rows.uuid(rs, "survey_response_id"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
