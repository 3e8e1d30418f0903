package dev.northstar.workspace;

import dev.northstar.common.Rows;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Workspaces, memberships and products: the rows every access check reads. */
@Repository
class Directory {

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertWorkspace(UUID id, String name, Instant at) {
        jdbc.sql("insert into workspaces (id, name, created_at) values (?, ?, ?)")
                .params(id, name, Rows.ts(at))
                .update();
    }

    void renameWorkspace(UUID id, String name) {
        jdbc.sql("update workspaces set name = ?, version = version + 1 where id = ?")
                .params(name, id)
                .update();
    }

    void deleteWorkspace(UUID id) {
        jdbc.sql("delete from workspaces where id = ?").param(id).update();
    }

    List<WorkspaceView> workspacesOf(UUID userId) {
        return jdbc.sql("""
                select w.id, w.name, w.created_at, m.role from workspaces w
                join memberships m on m.workspace_id = w.id
                where m.user_id = ? order by lower(w.name), w.id""")
                .param(userId)
                .query((rs, n) -> new WorkspaceView(
                        Rows.uuid(rs, "id"),
                        rs.getString("name"),
                        Role.valueOf(rs.getString("role")),
                        Rows.instant(rs, "created_at")))
                .list();
    }

    List<WorkspaceView> allWorkspaces() {
        return jdbc.sql("select id, name, created_at from workspaces order by lower(name), id")
                .query((rs, n) -> new WorkspaceView(
                        Rows.uuid(rs, "id"), rs.getString("name"), Role.OWNER, Rows.instant(rs, "created_at")))
                .list();
    }

    Optional<String> workspaceName(UUID id) {
        return jdbc.sql("select name from workspaces where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    Optional<Role> roleOf(UUID workspaceId, UUID userId) {
        return jdbc.sql("select role from memberships where workspace_id = ? and user_id = ?")
                .params(workspaceId, userId)
                .query(String.class)
                .optional()
                .map(Role::valueOf);
    }

    void upsertMember(UUID workspaceId, UUID userId, Role role) {
        int n = jdbc.sql("update memberships set role = ? where workspace_id = ? and user_id = ?")
                .params(role.name(), workspaceId, userId)
                .update();
        if (n == 0) {
            jdbc.sql("insert into memberships (workspace_id, user_id, role, created_at) values (?, ?, ?, ?)")
                    .params(workspaceId, userId, role.name(), Rows.ts(Instant.now()))
                    .update();
        }
    }

    void removeMember(UUID workspaceId, UUID userId) {
        jdbc.sql("delete from memberships where workspace_id = ? and user_id = ?")
                .params(workspaceId, userId)
                .update();
    }

    long countOwners(UUID workspaceId) {
        return jdbc.sql("select count(*) from memberships where workspace_id = ? and role = 'OWNER'")
                .param(workspaceId)
                .query(Long.class)
                .single();
    }

    List<MemberView> members(UUID workspaceId) {
        return jdbc.sql("""
                select u.id, u.email, u.name, m.role, m.created_at from memberships m join users u on u.id = m.user_id
                where m.workspace_id = ? order by m.role, lower(u.name)""")
                .param(workspaceId)
                .query((rs, n) -> new MemberView(
                        Rows.uuid(rs, "id"),
                        rs.getString("email"),
                        rs.getString("name"),
                        Role.valueOf(rs.getString("role")),
                        Rows.instant(rs, "created_at")))
                .list();
    }

    void insertProduct(ProductView p) {
        jdbc.sql(
                        "insert into products (id, workspace_id, name, description, capture_key, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.workspaceId(), p.name(), p.description(), p.captureKey(), Rows.ts(p.createdAt()))
                .update();
    }

    void updateProduct(UUID id, String name, String description) {
        jdbc.sql("update products set name = ?, description = ?, version = version + 1 where id = ?")
                .params(name, description, id)
                .update();
    }

    void updateCaptureKey(UUID id, String key) {
        jdbc.sql("update products set capture_key = ?, version = version + 1 where id = ?")
                .params(key, id)
                .update();
    }

    void deleteProduct(UUID id) {
        jdbc.sql("delete from products where id = ?").param(id).update();
    }

    Optional<ProductView> product(UUID id) {
        return jdbc.sql("select * from products where id = ?")
                .param(id)
                .query(Directory::product)
                .optional();
    }

    Optional<ProductView> productByCaptureKey(String key) {
        return jdbc.sql("select * from products where capture_key = ?")
                .param(key)
                .query(Directory::product)
                .optional();
    }

    List<ProductView> products(UUID workspaceId) {
        return jdbc.sql("select * from products where workspace_id = ? order by lower(name), id")
                .param(workspaceId)
                .query(Directory::product)
                .list();
    }

    private static ProductView product(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ProductView(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "workspace_id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("capture_key"),
                Rows.instant(rs, "created_at"));
    }
}
