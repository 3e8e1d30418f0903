package dev.northstar.practice;

import dev.northstar.common.Rows;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each user's review settings (table review_settings); a user without a row has the defaults. */
@Repository
class ReviewPreferences {

    private final JdbcClient jdbc;

    ReviewPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReviewSettings of(UUID userId) {
        return jdbc.sql("select * from review_settings where user_id = ?")
                .param(userId)
                .query((rs, n) -> new ReviewSettings(
                        rs.getInt("daily_new_limit"),
                        rs.getString("time_zone"),
                        split(rs.getString("focus_categories")),
                        split(rs.getString("focus_skills"))))
                .optional()
                .orElseGet(ReviewSettings::defaults);
    }

    void save(UUID userId, ReviewSettings s) {
        int updated = jdbc.sql("""
                        update review_settings set daily_new_limit = ?, time_zone = ?, focus_categories = ?,
                            focus_skills = ?, updated_at = ?
                        where user_id = ?""")
                .params(
                        s.dailyNewLimit(),
                        s.timeZone(),
                        String.join(",", s.focusCategories()),
                        String.join(",", s.focusSkills()),
                        Rows.ts(Instant.now()),
                        userId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into review_settings (user_id, daily_new_limit, time_zone, focus_categories,
                                focus_skills, updated_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            userId,
                            s.dailyNewLimit(),
                            s.timeZone(),
                            String.join(",", s.focusCategories()),
                            String.join(",", s.focusSkills()),
                            Rows.ts(Instant.now()))
                    .update();
        }
    }

    private static List<String> split(String keys) {
        return keys == null || keys.isBlank()
                ? List.of()
                : Arrays.stream(keys.split(",")).filter(k -> !k.isBlank()).toList();
    }
}
