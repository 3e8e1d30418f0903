package dev.northstar.common;

/**
 * One table that belongs to a workspace backup. {@code scopeSql} selects exactly the rows of one
 * workspace, with the workspace id as the named parameter {@code :ws}, e.g.
 * {@code select * from notes where product_id in (select id from products where workspace_id = :ws)}.
 * {@code order} places the table among the others where foreign keys do not decide it (parents first).
 * {@code reuseBy} names a column for rows shared between workspaces (users, by email): a restore uses
 * an existing row with the same primary key or the same value in that column instead of inserting one.
 */
public record BackupTable(String name, String scopeSql, int order, String reuseBy) {

    public BackupTable {
        if (name == null || !name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("a backup table needs a plain lower-case name, not " + name);
        }
        if (scopeSql == null || !scopeSql.contains(":ws")) {
            throw new IllegalArgumentException("the scope of backup table " + name + " must select by :ws");
        }
        if (reuseBy != null && !reuseBy.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("reuseBy of backup table " + name + " must be a column name");
        }
    }

    public BackupTable(String name, String scopeSql, int order) {
        this(name, scopeSql, order, null);
    }
}
