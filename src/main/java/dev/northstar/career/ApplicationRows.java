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

/** The career_applications table and their stage history; every query is one user's. */
@Repository
class ApplicationRows {

    private record Row(
            UUID id,
            UUID companyId,
            String companyName,
            String role,
            String link,
            ApplicationStage stage,
            LocalDate appliedOn,
            LocalDate followUpOn,
            String notes,
            UUID contactId,
            String contactName,
            Instant createdAt,
            Instant updatedAt) {}

    private static final String SELECT = """
            select a.*, c.name as company_name, k.name as contact_name
            from career_applications a
            join career_companies c on c.id = a.company_id
            left join career_contacts k on k.id = a.contact_id
            """;

    private final JdbcClient jdbc;

    ApplicationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID userId, UUID id, ApplicationInput in, UUID companyId, Instant at) {
        jdbc.sql("""
                insert into career_applications (id, user_id, company_id, contact_id, role, link, stage, applied_on,
                                                 follow_up_on, notes, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        userId,
                        companyId,
                        in.contactId(),
                        in.role(),
                        in.link(),
                        in.stage().key(),
                        in.appliedOn(),
                        in.followUpOn(),
                        in.notes(),
                        Rows.ts(at),
                        Rows.ts(at))
                .update();
    }

    boolean update(UUID userId, UUID id, ApplicationInput in, UUID companyId, Instant at) {
        return jdbc.sql("""
                        update career_applications set company_id = ?, contact_id = ?, role = ?, link = ?, stage = ?,
                               applied_on = ?, follow_up_on = ?, notes = ?, updated_at = ?
                        where user_id = ? and id = ?""")
                        .params(
                                companyId,
                                in.contactId(),
                                in.role(),
                                in.link(),
                                in.stage().key(),
                                in.appliedOn(),
                                in.followUpOn(),
                                in.notes(),
                                Rows.ts(at),
                                userId,
                                id)
                        .update()
                > 0;
    }

    void stage(UUID userId, UUID id, ApplicationStage stage, LocalDate appliedOn, Instant at) {
        jdbc.sql("""
                update career_applications set stage = ?, applied_on = ?, updated_at = ?
                where user_id = ? and id = ?""").params(stage.key(), appliedOn, Rows.ts(at), userId, id).update();
    }

    boolean followUp(UUID userId, UUID id, LocalDate followUpOn, Instant at) {
        return jdbc.sql("update career_applications set follow_up_on = ?, updated_at = ? where user_id = ? and id = ?")
                        .params(followUpOn, Rows.ts(at), userId, id)
                        .update()
                > 0;
    }

    void recordChange(UUID applicationId, ApplicationStage from, ApplicationStage to, LocalDate on, Instant at) {
        jdbc.sql("""
                insert into career_application_stages (id, application_id, from_stage, to_stage, changed_on, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), applicationId, from == null ? null : from.key(), to.key(), on, Rows.ts(at))
                .update();
    }

    Optional<ApplicationView> find(UUID userId, UUID id) {
        return views(jdbc.sql(SELECT + " where a.user_id = ? and a.id = ?")
                        .params(userId, id)
                        .query(ApplicationRows::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** Most recently changed first. */
    List<ApplicationView> page(UUID userId, ApplicationStage stage, UUID companyId, Paging paging) {
        Where w = filter(userId, stage, companyId);
        return views(jdbc.sql(SELECT + w.sql() + " order by a.updated_at desc, a.id limit ? offset ?")
                .params(w.params(paging.size(), paging.offset()))
                .query(ApplicationRows::row)
                .list());
    }

    long count(UUID userId, ApplicationStage stage, UUID companyId) {
        Where w = filter(userId, stage, companyId);
        return jdbc.sql("select count(*) from career_applications a" + w.sql())
                .params(w.params())
                .query(Long.class)
                .single();
    }

    /** The applications whose follow-up falls on or before {@code until}, rejected ones left out, earliest first. */
    List<ApplicationView> dueBy(UUID userId, LocalDate until) {
        return views(jdbc.sql(SELECT + " where a.user_id = ? and a.follow_up_on <= ? and a.stage <> ?"
                        + " order by a.follow_up_on, lower(c.name)")
                .params(userId, until, ApplicationStage.REJECTED.key())
                .query(ApplicationRows::row)
                .list());
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from career_applications where user_id = ? and id = ?")
                        .params(userId, id)
                        .update()
                > 0;
    }

    private static Where filter(UUID userId, ApplicationStage stage, UUID companyId) {
        return Where.user("a.user_id", userId)
                .and("a.stage = ?", stage == null ? null : stage.key())
                .and("a.company_id = ?", companyId);
    }

    private List<ApplicationView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<StageChange>> history = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(rows.size(), "?"));
        jdbc.sql("select * from career_application_stages where application_id in (" + marks
                        + ") order by recorded_at, changed_on")
                .params(rows.stream().map(Row::id).map(Object.class::cast).toList())
                .query(rs -> {
                    String from = rs.getString("from_stage");
                    history.computeIfAbsent(Rows.uuid(rs, "application_id"), k -> new ArrayList<>())
                            .add(new StageChange(
                                    from == null ? null : ApplicationStage.parse(from, "from", null),
                                    ApplicationStage.parse(rs.getString("to_stage"), "to", null),
                                    Rows.date(rs, "changed_on"),
                                    Rows.instant(rs, "recorded_at")));
                });
        return rows.stream()
                .map(r -> new ApplicationView(
                        r.id(),
                        r.companyId(),
                        r.companyName(),
                        r.role(),
                        r.link(),
                        r.stage(),
                        r.appliedOn(),
                        r.followUpOn(),
                        r.notes(),
                        r.contactId(),
                        r.contactName(),
                        history.getOrDefault(r.id(), List.of()),
                        r.createdAt(),
                        r.updatedAt()))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "company_id"),
                rs.getString("company_name"),
                rs.getString("role"),
                rs.getString("link"),
                ApplicationStage.parse(rs.getString("stage"), "stage", null),
                Rows.date(rs, "applied_on"),
                Rows.date(rs, "follow_up_on"),
                rs.getString("notes"),
                Rows.uuid(rs, "contact_id"),
                rs.getString("contact_name"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
