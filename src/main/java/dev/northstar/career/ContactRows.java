package dev.northstar.career;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The career_contacts table; every query is one user's. */
@Repository
class ContactRows {

    private static final String SELECT = """
            select k.*, c.name as company_name
            from career_contacts k left join career_companies c on c.id = k.company_id
            """;

    private final JdbcClient jdbc;

    ContactRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID userId, UUID id, ContactInput in, UUID companyId, Instant at) {
        jdbc.sql("""
                insert into career_contacts (id, user_id, company_id, name, role, how_met, email, link,
                                             last_contacted, follow_up_on, notes, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        userId,
                        companyId,
                        in.name(),
                        in.role(),
                        in.howMet(),
                        in.email(),
                        in.link(),
                        in.lastContacted(),
                        in.followUpOn(),
                        in.notes(),
                        Rows.ts(at),
                        Rows.ts(at))
                .update();
    }

    boolean update(UUID userId, UUID id, ContactInput in, UUID companyId, Instant at) {
        return jdbc.sql("""
                        update career_contacts set company_id = ?, name = ?, role = ?, how_met = ?, email = ?, link = ?,
                               last_contacted = ?, follow_up_on = ?, notes = ?, updated_at = ?
                        where user_id = ? and id = ?""")
                        .params(
                                companyId,
                                in.name(),
                                in.role(),
                                in.howMet(),
                                in.email(),
                                in.link(),
                                in.lastContacted(),
                                in.followUpOn(),
                                in.notes(),
                                Rows.ts(at),
                                userId,
                                id)
                        .update()
                > 0;
    }

    /** Sets the follow-up day and, when given, the day last contacted. */
    boolean followUp(UUID userId, UUID id, LocalDate followUpOn, LocalDate lastContacted, Instant at) {
        return jdbc.sql("""
                        update career_contacts set follow_up_on = ?, last_contacted = coalesce(?, last_contacted),
                               updated_at = ?
                        where user_id = ? and id = ?""")
                        .params(followUpOn, lastContacted, Rows.ts(at), userId, id)
                        .update()
                > 0;
    }

    Optional<ContactView> find(UUID userId, UUID id) {
        return jdbc.sql(SELECT + " where k.user_id = ? and k.id = ?")
                .params(userId, id)
                .query(ContactRows::view)
                .optional();
    }

    List<ContactView> page(UUID userId, UUID companyId, String q, Paging paging) {
        Where w = filter(userId, companyId, q);
        return jdbc.sql(SELECT + w.sql() + " order by lower(k.name), k.id limit ? offset ?")
                .params(w.params(paging.size(), paging.offset()))
                .query(ContactRows::view)
                .list();
    }

    long count(UUID userId, UUID companyId, String q) {
        Where w = filter(userId, companyId, q);
        return jdbc.sql("select count(*) from career_contacts k" + w.sql())
                .params(w.params())
                .query(Long.class)
                .single();
    }

    /** The contacts whose follow-up falls on or before {@code until}, earliest first. */
    List<ContactView> dueBy(UUID userId, LocalDate until) {
        return jdbc.sql(SELECT + " where k.user_id = ? and k.follow_up_on <= ? order by k.follow_up_on, lower(k.name)")
                .params(userId, until)
                .query(ContactRows::view)
                .list();
    }

    /** How many of {@code ids} are this user's contacts. */
    long owned(UUID userId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        List<Object> params = new java.util.ArrayList<>();
        params.add(userId);
        params.addAll(ids);
        return jdbc.sql("select count(*) from career_contacts where user_id = ? and id in (" + marks + ")")
                .params(params)
                .query(Long.class)
                .single();
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from career_contacts where user_id = ? and id = ?")
                        .params(userId, id)
                        .update()
                > 0;
    }

    private static Where filter(UUID userId, UUID companyId, String q) {
        return Where.user("k.user_id", userId)
                .and("k.company_id = ?", companyId)
                .and("lower(k.name) like ?", CompanyRows.like(q));
    }

    private static ContactView view(ResultSet rs, int n) throws SQLException {
        return new ContactView(
                Rows.uuid(rs, "id"),
                rs.getString("name"),
                Rows.uuid(rs, "company_id"),
                rs.getString("company_name"),
                rs.getString("role"),
                rs.getString("how_met"),
                rs.getString("email"),
                rs.getString("link"),
                Rows.date(rs, "last_contacted"),
                Rows.date(rs, "follow_up_on"),
                rs.getString("notes"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
