package dev.northstar.career;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The career_companies table; every query is one user's. */
@Repository
class CompanyRows {

    private static final String SELECT = """
            select c.*,
                   (select count(*) from career_contacts k where k.company_id = c.id) as contact_count,
                   (select count(*) from career_applications a where a.company_id = c.id) as application_count
            from career_companies c
            """;

    private final JdbcClient jdbc;

    CompanyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID userId, UUID id, CompanyInput in, Instant at) {
        jdbc.sql("""
                insert into career_companies (id, user_id, name, website, notes, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, userId, in.name(), in.website(), in.notes(), Rows.ts(at), Rows.ts(at))
                .update();
    }

    boolean update(UUID userId, UUID id, CompanyInput in, Instant at) {
        return jdbc.sql("""
                        update career_companies set name = ?, website = ?, notes = ?, updated_at = ?
                        where user_id = ? and id = ?""")
                        .params(in.name(), in.website(), in.notes(), Rows.ts(at), userId, id)
                        .update()
                > 0;
    }

    Optional<CompanyView> find(UUID userId, UUID id) {
        return jdbc.sql(SELECT + " where c.user_id = ? and c.id = ?")
                .params(userId, id)
                .query(CompanyRows::view)
                .optional();
    }

    /** The company with this name, compared without case. */
    Optional<CompanyView> named(UUID userId, String name) {
        return jdbc.sql(SELECT + " where c.user_id = ? and lower(c.name) = lower(?) order by c.created_at limit 1")
                .params(userId, name)
                .query(CompanyRows::view)
                .optional();
    }

    List<CompanyView> page(UUID userId, String q, Paging paging) {
        Where w = Where.user("c.user_id", userId).and("lower(c.name) like ?", like(q));
        return jdbc.sql(SELECT + w.sql() + " order by lower(c.name), c.id limit ? offset ?")
                .params(w.params(paging.size(), paging.offset()))
                .query(CompanyRows::view)
                .list();
    }

    long count(UUID userId, String q) {
        Where w = Where.user("user_id", userId).and("lower(name) like ?", like(q));
        return jdbc.sql("select count(*) from career_companies" + w.sql())
                .params(w.params())
                .query(Long.class)
                .single();
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from career_companies where user_id = ? and id = ?")
                        .params(userId, id)
                        .update()
                > 0;
    }

    static String like(String q) {
        return q == null
                ? null
                : "%" + q.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }

    private static CompanyView view(ResultSet rs, int n) throws SQLException {
        return new CompanyView(
                Rows.uuid(rs, "id"),
                rs.getString("name"),
                rs.getString("website"),
                rs.getString("notes"),
                rs.getInt("contact_count"),
                rs.getInt("application_count"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
