package dev.northstar.roadmap;

import dev.northstar.common.Rows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roadmap's tables (V5_01__roadmap.sql): settings, teams, capacities, releases, items, dependencies, shares. */
@Repository
class RoadmapRows {

    record Item(UUID id, UUID featureId, UUID teamId, String period, boolean committed) {}

    record Dependency(UUID featureId, UUID needsFeatureId) {}

    record Plan(
            UUID id,
            String framework,
            double objective,
            double upperBound,
            String optimality,
            String note,
            Instant createdAt) {}

    record PlanEntry(
            UUID featureId, UUID teamId, String period, boolean fixed, double value, String reason, boolean accepted) {}

    private final JdbcClient jdbc;

    RoadmapRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // settings

    Optional<RoadmapSettings> settings(UUID productId) {
        return jdbc.sql("select granularity, horizon, start_period from roadmap_settings where product_id = ?")
                .param(productId)
                .query((rs, n) -> new RoadmapSettings(
                        Granularity.valueOf(rs.getString("granularity")),
                        rs.getInt("horizon"),
                        rs.getString("start_period") == null
                                ? null
                                : Period.parse(rs.getString("start_period"), "start")))
                .optional();
    }

    void saveSettings(UUID productId, RoadmapSettings s) {
        jdbc.sql("delete from roadmap_settings where product_id = ?")
                .param(productId)
                .update();
        jdbc.sql("insert into roadmap_settings (product_id, granularity, horizon, start_period) values (?, ?, ?, ?)")
                .params(
                        productId,
                        s.granularity().name(),
                        s.horizon(),
                        s.start() == null ? null : s.start().key())
                .update();
    }

    // teams

    List<TeamView> teams(UUID productId) {
        Map<UUID, Map<String, Double>> capacity = new LinkedHashMap<>();
        jdbc.sql("""
                select c.team_id, c.period, c.capacity from team_capacities c join teams t on t.id = c.team_id
                where t.product_id = ? order by c.period""").param(productId).query(rs -> {
            capacity.computeIfAbsent(Rows.uuid(rs, "team_id"), k -> new LinkedHashMap<>())
                    .put(rs.getString("period"), rs.getBigDecimal("capacity").doubleValue());
        });
        return jdbc
                .sql("select id, name, members from teams where product_id = ? order by created_at, name")
                .param(productId)
                .query((rs, n) -> {
                    UUID id = Rows.uuid(rs, "id");
                    int count = rs.getInt("members");
                    Integer members = rs.wasNull() ? null : count;
                    return new TeamView(
                            id, rs.getString("name"), members, Map.copyOf(capacity.getOrDefault(id, Map.of())));
                })
                .list()
                .stream()
                .map(t -> new TeamView(t.id(), t.name(), t.members(), sorted(t.capacity())))
                .toList();
    }

    private static Map<String, Double> sorted(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        m.keySet().stream().sorted().forEach(k -> out.put(k, m.get(k)));
        return java.util.Collections.unmodifiableMap(out);
    }

    boolean teamExists(UUID productId, UUID teamId) {
        return jdbc.sql("select count(*) from teams where product_id = ? and id = ?")
                        .params(productId, teamId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean teamNameTaken(UUID productId, String name, UUID except) {
        return jdbc.sql("select count(*) from teams where product_id = ? and lower(name) = lower(?) and id <> ?")
                        .params(productId, name, except == null ? new UUID(0, 0) : except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insertTeam(UUID productId, UUID id, TeamInput in, Instant at) {
        jdbc.sql("insert into teams (id, product_id, name, members, created_at) values (?, ?, ?, ?, ?)")
                .params(id, productId, in.name(), in.members(), Rows.ts(at))
                .update();
    }

    void updateTeam(UUID productId, UUID id, TeamInput in) {
        jdbc.sql("update teams set name = ?, members = ? where product_id = ? and id = ?")
                .params(in.name(), in.members(), productId, id)
                .update();
    }

    void deleteTeam(UUID productId, UUID id) {
        jdbc.sql("delete from teams where product_id = ? and id = ?")
                .params(productId, id)
                .update();
    }

    void setCapacity(UUID teamId, String period, Double capacity) {
        jdbc.sql("delete from team_capacities where team_id = ? and period = ?")
                .params(teamId, period)
                .update();
        if (capacity != null) {
            jdbc.sql("insert into team_capacities (team_id, period, capacity) values (?, ?, ?)")
                    .params(teamId, period, BigDecimal.valueOf(capacity))
                    .update();
        }
    }

    // releases

    List<ReleaseView> releases(UUID productId) {
        return jdbc.sql("select id, name, release_date, description from releases where product_id = ?"
                        + " order by release_date, name")
                .param(productId)
                .query((rs, n) -> new ReleaseView(
                        Rows.uuid(rs, "id"),
                        rs.getString("name"),
                        Rows.date(rs, "release_date"),
                        rs.getString("description")))
                .list();
    }

    void insertRelease(UUID productId, UUID id, String name, LocalDate date, String description, Instant at) {
        jdbc.sql("insert into releases (id, product_id, name, release_date, description, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(id, productId, name, date, description, Rows.ts(at))
                .update();
    }

    boolean updateRelease(UUID productId, UUID id, String name, LocalDate date, String description) {
        return jdbc.sql(
                                "update releases set name = ?, release_date = ?, description = ? where product_id = ? and id = ?")
                        .params(name, date, description, productId, id)
                        .update()
                > 0;
    }

    boolean deleteRelease(UUID productId, UUID id) {
        return jdbc.sql("delete from releases where product_id = ? and id = ?")
                        .params(productId, id)
                        .update()
                > 0;
    }

    // items

    List<Item> items(UUID productId) {
        return jdbc.sql("select id, feature_id, team_id, period, committed from roadmap_items where product_id = ?")
                .param(productId)
                .query((rs, n) -> new Item(
                        Rows.uuid(rs, "id"),
                        Rows.uuid(rs, "feature_id"),
                        Rows.uuid(rs, "team_id"),
                        rs.getString("period"),
                        rs.getBoolean("committed")))
                .list();
    }

    Optional<Item> itemOf(UUID productId, UUID featureId) {
        return items(productId).stream()
                .filter(i -> i.featureId().equals(featureId))
                .findFirst();
    }

    /** Places a feature; one that already has a place moves. */
    void placeItem(UUID productId, UUID featureId, UUID teamId, String period, boolean committed, Instant at) {
        int moved = jdbc.sql("update roadmap_items set team_id = ?, period = ?, committed = ?, updated_at = ?"
                        + " where product_id = ? and feature_id = ?")
                .params(teamId, period, committed, Rows.ts(at), productId, featureId)
                .update();
        if (moved == 0) {
            jdbc.sql("insert into roadmap_items (id, product_id, feature_id, team_id, period, committed, created_at,"
                            + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            productId,
                            featureId,
                            teamId,
                            period,
                            committed,
                            Rows.ts(at),
                            Rows.ts(at))
                    .update();
        }
    }

    boolean removeItem(UUID productId, UUID featureId) {
        return jdbc.sql("delete from roadmap_items where product_id = ? and feature_id = ?")
                        .params(productId, featureId)
                        .update()
                > 0;
    }

    // dependencies

    List<Dependency> dependencies(UUID productId) {
        return jdbc.sql("select feature_id, needs_feature_id from feature_dependencies where product_id = ?")
                .param(productId)
                .query((rs, n) -> new Dependency(Rows.uuid(rs, "feature_id"), Rows.uuid(rs, "needs_feature_id")))
                .list();
    }

    void replaceDependencies(UUID productId, List<Dependency> all, Instant at) {
        jdbc.sql("delete from feature_dependencies where product_id = ?")
                .param(productId)
                .update();
        for (Dependency d : all) {
            jdbc.sql("insert into feature_dependencies (product_id, feature_id, needs_feature_id, created_at)"
                            + " values (?, ?, ?, ?)")
                    .params(productId, d.featureId(), d.needsFeatureId(), Rows.ts(at))
                    .update();
        }
    }

    void addDependency(UUID productId, Dependency d, Instant at) {
        jdbc.sql("insert into feature_dependencies (product_id, feature_id, needs_feature_id, created_at)"
                        + " values (?, ?, ?, ?)")
                .params(productId, d.featureId(), d.needsFeatureId(), Rows.ts(at))
                .update();
    }

    boolean removeDependency(UUID productId, Dependency d) {
        return jdbc.sql(
                                "delete from feature_dependencies where product_id = ? and feature_id = ? and needs_feature_id = ?")
                        .params(productId, d.featureId(), d.needsFeatureId())
                        .update()
                > 0;
    }

    // plans

    void insertPlan(UUID productId, Plan p, UUID by, List<PlanEntry> entries) {
        jdbc.sql("insert into roadmap_plans (id, product_id, framework, objective, upper_bound, optimality, note,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        p.id(),
                        productId,
                        p.framework(),
                        p.objective(),
                        p.upperBound(),
                        p.optimality(),
                        p.note(),
                        by,
                        Rows.ts(p.createdAt()))
                .update();
        for (PlanEntry e : entries) {
            jdbc.sql(
                            "insert into roadmap_plan_entries (plan_id, feature_id, team_id, period, fixed, plan_value, reason,"
                                    + " accepted) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(p.id(), e.featureId(), e.teamId(), e.period(), e.fixed(), e.value(), e.reason(), false)
                    .update();
        }
    }

    Optional<Plan> plan(UUID productId, UUID planId) {
        return jdbc.sql("select * from roadmap_plans where product_id = ? and id = ?")
                .params(productId, planId)
                .query((rs, n) -> new Plan(
                        Rows.uuid(rs, "id"),
                        rs.getString("framework"),
                        rs.getDouble("objective"),
                        rs.getDouble("upper_bound"),
                        rs.getString("optimality"),
                        rs.getString("note"),
                        Rows.instant(rs, "created_at")))
                .optional();
    }

    Optional<UUID> latestPlan(UUID productId) {
        return jdbc
                .sql("select id from roadmap_plans where product_id = ? order by created_at desc")
                .param(productId)
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list()
                .stream()
                .findFirst();
    }

    List<PlanEntry> planEntries(UUID planId) {
        return jdbc.sql("select * from roadmap_plan_entries where plan_id = ?")
                .param(planId)
                .query((rs, n) -> new PlanEntry(
                        Rows.uuid(rs, "feature_id"),
                        Rows.uuid(rs, "team_id"),
                        rs.getString("period"),
                        rs.getBoolean("fixed"),
                        rs.getDouble("plan_value"),
                        rs.getString("reason"),
                        rs.getBoolean("accepted")))
                .list();
    }

    void markAccepted(UUID planId, UUID featureId) {
        jdbc.sql("update roadmap_plan_entries set accepted = ? where plan_id = ? and feature_id = ?")
                .params(true, planId, featureId)
                .update();
    }

    /** Keeps the newest {@code keep} plans of a product; older proposals are of no use. */
    void prunePlans(UUID productId, int keep) {
        List<UUID> ids = jdbc.sql("select id from roadmap_plans where product_id = ? order by created_at desc")
                .param(productId)
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list();
        for (UUID id : ids.subList(Math.min(keep, ids.size()), ids.size())) {
            jdbc.sql("delete from roadmap_plans where id = ?").param(id).update();
        }
    }

    // share link

    Optional<ShareLink> share(UUID productId) {
        return jdbc.sql("select token, created_at from roadmap_shares where product_id = ?")
                .param(productId)
                .query((rs, n) -> ShareLink.of(rs.getString("token"), Rows.instant(rs, "created_at")))
                .optional();
    }

    Optional<UUID> productOfToken(String token) {
        return jdbc.sql("select product_id from roadmap_shares where token = ?")
                .param(token)
                .query((rs, n) -> Rows.uuid(rs, "product_id"))
                .optional();
    }

    void saveShare(UUID productId, String token, UUID by, Instant at) {
        jdbc.sql("delete from roadmap_shares where product_id = ?")
                .param(productId)
                .update();
        jdbc.sql("insert into roadmap_shares (product_id, token, created_by, created_at) values (?, ?, ?, ?)")
                .params(productId, token, by, Rows.ts(at))
                .update();
    }

    boolean deleteShare(UUID productId) {
        return jdbc.sql("delete from roadmap_shares where product_id = ?")
                        .param(productId)
                        .update()
                > 0;
    }

    static <T> List<T> copy(List<T> in) {
        return new ArrayList<>(in);
    }
}
