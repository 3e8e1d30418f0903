package dev.northstar.workspace;

import dev.northstar.common.Rows;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Users {

    record UserRow(UUID id, String email, String name, String passwordHash, Instant createdAt) {
        Actor actor() {
            return new Actor(id, email, name);
        }
    }

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    UserRow insert(String email, String name, String passwordHash) {
        UserRow row = new UserRow(UUID.randomUUID(), normalise(email), name, passwordHash, Instant.now());
        jdbc.sql("insert into users (id, email, name, password_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(row.id(), row.email(), row.name(), row.passwordHash(), Rows.ts(row.createdAt()))
                .update();
        return row;
    }

    Optional<UserRow> byEmail(String email) {
        return jdbc.sql("select * from users where email = ?")
                .param(normalise(email))
                .query(Users::map)
                .optional();
    }

    Optional<UserRow> byId(UUID id) {
        return jdbc.sql("select * from users where id = ?")
                .param(id)
                .query(Users::map)
                .optional();
    }

    long count() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    void updatePassword(UUID id, String hash) {
        jdbc.sql("update users set password_hash = ? where id = ?")
                .params(hash, id)
                .update();
    }

    static UserRow map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UserRow(
                Rows.uuid(rs, "id"),
                rs.getString("email"),
                rs.getString("name"),
                rs.getString("password_hash"),
                Rows.instant(rs, "created_at"));
    }
}
