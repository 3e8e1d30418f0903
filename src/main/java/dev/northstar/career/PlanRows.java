package dev.northstar.career;

import dev.northstar.common.Rows;
import dev.northstar.practice.Skill;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The career_plans and career_plan_items tables: one plan per user, its items in order with their done marks. */
@Repository
class PlanRows {

    /** What the stored plan was built from. */
    record Head(UUID assessmentId, String toward, Instant generatedAt) {}

    record Item(PlanBuilder.Entry entry, Instant doneAt) {}

    private final JdbcClient jdbc;

    PlanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Head> head(UUID userId) {
        return jdbc.sql("select assessment_id, toward_level, generated_at from career_plans where user_id = ?")
                .param(userId)
                .query((rs, n) -> new Head(
                        Rows.uuid(rs, "assessment_id"), rs.getString("toward_level"), Rows.instant(rs, "generated_at")))
                .optional();
    }

    List<Item> items(UUID userId) {
        return jdbc.sql("select skill, kind, ref, done_at from career_plan_items where user_id = ? order by position")
                .param(userId)
                .query((rs, n) -> new Item(
                        new PlanBuilder.Entry(
                                Skill.parse(rs.getString("skill"), "skill"),
                                PlanItemKind.of(rs.getString("kind")),
                                rs.getString("ref")),
                        Rows.instant(rs, "done_at")))
                .list();
    }

    /** Replaces the user's plan and its items. */
    void replace(UUID userId, UUID assessmentId, String toward, List<Item> items, Instant at) {
        jdbc.sql("delete from career_plan_items where user_id = ?")
                .param(userId)
                .update();
        jdbc.sql("delete from career_plans where user_id = ?").param(userId).update();
        jdbc.sql("insert into career_plans (user_id, assessment_id, toward_level, generated_at) values (?, ?, ?, ?)")
                .params(userId, assessmentId, toward, Rows.ts(at))
                .update();
        int position = 0;
        for (Item item : items) {
            PlanBuilder.Entry e = item.entry();
            jdbc.sql("""
                    insert into career_plan_items (user_id, item_key, position, skill, kind, ref, done_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            userId,
                            e.key(),
                            position++,
                            e.skill().key(),
                            e.kind().key(),
                            e.ref(),
                            Rows.ts(item.doneAt()))
                    .update();
        }
    }

    boolean setDone(UUID userId, String key, Instant doneAt) {
        return jdbc.sql("update career_plan_items set done_at = ? where user_id = ? and item_key = ?")
                        .params(Rows.ts(doneAt), userId, key)
                        .update()
                > 0;
    }
}
