package dev.northstar.career;

import java.util.ArrayList;
import java.util.List;

/** A where clause built from the filters that are set, so no query compares a null parameter (PostgreSQL cannot type it). */
final class Where {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    /** Starts with the user's rows: {@code column} = the user's id. */
    static Where user(String column, Object userId) {
        Where w = new Where();
        w.sql.append(" where ").append(column).append(" = ?");
        w.params.add(userId);
        return w;
    }

    /** Adds {@code condition} (with one '?') when {@code value} is set. */
    Where and(String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.add(value);
        }
        return this;
    }

    String sql() {
        return sql.toString();
    }

    /** The parameters, then {@code more} (limit, offset). */
    List<Object> params(Object... more) {
        List<Object> out = new ArrayList<>(params);
        out.addAll(List.of(more));
        return out;
    }
}
