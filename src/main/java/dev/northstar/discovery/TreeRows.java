package dev.northstar.discovery;

import dev.northstar.common.Rows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The opportunity_trees, opportunities, solutions and assumption_tests tables. Every query is scoped by product. */
@Repository
class TreeRows {

    record Head(String outcome, Instant updatedAt) {}

    private final JdbcClient jdbc;

    TreeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Head> head(UUID productId) {
        return jdbc.sql("select outcome, updated_at from opportunity_trees where product_id = ?")
                .param(productId)
                .query((rs, n) -> new Head(rs.getString("outcome"), Rows.instant(rs, "updated_at")))
                .optional();
    }

    void setOutcome(UUID productId, String outcome, Instant at) {
        int updated = jdbc.sql("update opportunity_trees set outcome = ?, updated_at = ? where product_id = ?")
                .params(outcome, Rows.ts(at), productId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into opportunity_trees (product_id, outcome, updated_at) values (?, ?, ?)")
                    .params(productId, outcome, Rows.ts(at))
                    .update();
        }
    }

    void touch(UUID productId, Instant at) {
        jdbc.sql("update opportunity_trees set updated_at = ? where product_id = ?")
                .params(Rows.ts(at), productId)
                .update();
    }

    /** The whole tree in position order, or an empty one. */
    OpportunityTree load(UUID productId) {
        Head head = head(productId).orElse(new Head(null, null));
        Map<UUID, List<OpportunityTree.AssumptionTest>> tests = new LinkedHashMap<>();
        jdbc.sql("""
                select t.* from assumption_tests t join solutions s on s.id = t.solution_id join opportunities o on o.id = s.opportunity_id
                where o.product_id = ? order by t.position, t.id""")
                .param(productId)
                .query((rs, n) -> tests.computeIfAbsent(Rows.uuid(rs, "solution_id"), k -> new ArrayList<>())
                        .add(new OpportunityTree.AssumptionTest(
                                Rows.uuid(rs, "id"),
                                rs.getString("assumption"),
                                rs.getString("test"),
                                AssumptionStatus.valueOf(rs.getString("status")))))
                .list();
        Map<UUID, List<OpportunityTree.Solution>> solutions = new LinkedHashMap<>();
        jdbc.sql("""
                select s.* from solutions s join opportunities o on o.id = s.opportunity_id
                where o.product_id = ? order by s.position, s.id""")
                .param(productId)
                .query((rs, n) -> {
                    UUID id = Rows.uuid(rs, "id");
                    return solutions
                            .computeIfAbsent(Rows.uuid(rs, "opportunity_id"), k -> new ArrayList<>())
                            .add(new OpportunityTree.Solution(
                                    id, rs.getString("title"), List.copyOf(tests.getOrDefault(id, List.of()))));
                })
                .list();
        List<OpportunityTree.Opportunity> opportunities = opportunities("o.product_id = ?", productId, solutions);
        return new OpportunityTree(productId, head.outcome(), head.updatedAt(), opportunities);
    }

    /** The opportunities that are a given need, each with its solutions and tests. */
    List<OpportunityTree.Opportunity> forNeed(UUID productId, UUID needId) {
        OpportunityTree tree = load(productId);
        return tree.opportunities().stream()
                .filter(o -> needId.equals(o.needId()))
                .toList();
    }

    private List<OpportunityTree.Opportunity> opportunities(
            String where, UUID productId, Map<UUID, List<OpportunityTree.Solution>> solutions) {
        return jdbc.sql("""
                select o.id, o.need_id, coalesce(d.title, o.title) as title, d.importance,
                       (select count(*) from highlights h where h.need_id = o.need_id) as evidence
                from opportunities o left join needs d on d.id = o.need_id
                where %s order by o.position, o.id""".formatted(where))
                .param(productId)
                .query((rs, n) -> {
                    UUID id = Rows.uuid(rs, "id");
                    String importance = rs.getString("importance");
                    return new OpportunityTree.Opportunity(
                            id,
                            Rows.uuid(rs, "need_id"),
                            rs.getString("title"),
                            importance == null ? null : Importance.valueOf(importance),
                            rs.getInt("evidence"),
                            List.copyOf(solutions.getOrDefault(id, List.of())));
                })
                .list();
    }

    /** Ids of every node in a product's tree, to tell which ids a replacement may keep. */
    Set<UUID> nodeIds(UUID productId) {
        Set<UUID> ids = new HashSet<>(jdbc.sql("select id from opportunities where product_id = ?")
                .param(productId)
                .query(UUID.class)
                .list());
        ids.addAll(jdbc.sql(
                        "select s.id from solutions s join opportunities o on o.id = s.opportunity_id where o.product_id = ?")
                .param(productId)
                .query(UUID.class)
                .list());
        ids.addAll(jdbc.sql("""
                select t.id from assumption_tests t join solutions s on s.id = t.solution_id join opportunities o on o.id = s.opportunity_id
                where o.product_id = ?""").param(productId).query(UUID.class).list());
        return ids;
    }

    /** Removes every opportunity; solutions and tests go with them (on delete cascade). */
    void clear(UUID productId) {
        jdbc.sql("delete from opportunities where product_id = ?")
                .param(productId)
                .update();
    }

    void insertOpportunity(UUID productId, UUID id, UUID needId, String title, int position) {
        jdbc.sql("insert into opportunities (id, product_id, need_id, title, position) values (?, ?, ?, ?, ?)")
                .params(id, productId, needId, title, position)
                .update();
    }

    void insertSolution(UUID opportunityId, UUID id, String title, int position) {
        jdbc.sql("insert into solutions (id, opportunity_id, title, position) values (?, ?, ?, ?)")
                .params(id, opportunityId, title, position)
                .update();
    }

    void insertTest(UUID solutionId, UUID id, String assumption, String test, AssumptionStatus status, int position) {
        jdbc.sql(
                        "insert into assumption_tests (id, solution_id, assumption, test, status, position) values (?, ?, ?, ?, ?, ?)")
                .params(id, solutionId, assumption, test, status.name(), position)
                .update();
    }

    int nextOpportunityPosition(UUID productId) {
        return jdbc.sql("select coalesce(max(position), -1) + 1 from opportunities where product_id = ?")
                .param(productId)
                .query(Integer.class)
                .single();
    }

    int nextSolutionPosition(UUID opportunityId) {
        return jdbc.sql("select coalesce(max(position), -1) + 1 from solutions where opportunity_id = ?")
                .param(opportunityId)
                .query(Integer.class)
                .single();
    }

    int nextTestPosition(UUID solutionId) {
        return jdbc.sql("select coalesce(max(position), -1) + 1 from assumption_tests where solution_id = ?")
                .param(solutionId)
                .query(Integer.class)
                .single();
    }

    boolean hasOpportunity(UUID productId, UUID id) {
        return jdbc.sql("select count(*) from opportunities where product_id = ? and id = ?")
                        .params(productId, id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The opportunity a solution of this product hangs under. */
    Optional<UUID> opportunityOfSolution(UUID productId, UUID solutionId) {
        return jdbc.sql(
                        "select s.opportunity_id from solutions s join opportunities o on o.id = s.opportunity_id where s.id = ? and o.product_id = ?")
                .params(solutionId, productId)
                .query(UUID.class)
                .optional();
    }

    /** The solution a test of this product hangs under. */
    Optional<UUID> solutionOfTest(UUID productId, UUID testId) {
        return jdbc.sql("""
                select t.solution_id from assumption_tests t join solutions s on s.id = t.solution_id join opportunities o on o.id = s.opportunity_id
                where t.id = ? and o.product_id = ?""").params(testId, productId).query(UUID.class).optional();
    }

    void updateOpportunity(UUID productId, UUID id, UUID needId, String title) {
        jdbc.sql("update opportunities set need_id = ?, title = ? where id = ? and product_id = ?")
                .params(needId, title, id, productId)
                .update();
    }

    void updateSolution(UUID id, String title) {
        jdbc.sql("update solutions set title = ? where id = ?")
                .params(title, id)
                .update();
    }

    void updateTest(UUID id, String assumption, String test, AssumptionStatus status) {
        jdbc.sql("update assumption_tests set assumption = ?, test = ?, status = ? where id = ?")
                .params(assumption, test, status.name(), id)
                .update();
    }

    void deleteOpportunity(UUID productId, UUID id) {
        jdbc.sql("delete from opportunities where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    void deleteSolution(UUID id) {
        jdbc.sql("delete from solutions where id = ?").param(id).update();
    }

    void deleteTest(UUID id) {
        jdbc.sql("delete from assumption_tests where id = ?").param(id).update();
    }

    /** Before a need is deleted: its opportunities become free-text ones carrying its title. */
    void detachNeed(UUID productId, UUID needId, String title) {
        jdbc.sql("update opportunities set need_id = null, title = ? where product_id = ? and need_id = ?")
                .params(title, productId, needId)
                .update();
    }
}
