package dev.northstar.workspace;

import dev.northstar.common.BackupTable;
import dev.northstar.common.BackupTables;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The workspace module's share of a backup. Accounts are global, so a backup carries the accounts of
 * the workspace's members and inviters, password hashes included (they can sign in after a restore);
 * a restore reuses an account that already exists by id or email. API tokens stay out: they belong to
 * a person on one instance, not to the workspace.
 */
@Component
class WorkspaceBackupTables implements BackupTables {

    @Override
    public List<BackupTable> backupTables() {
        return List.of(
                new BackupTable("users", """
                        select * from users where id in (select user_id from memberships where workspace_id = :ws)
                           or id in (select invited_by from invitations where workspace_id = :ws)""", 10, "email"),
                new BackupTable("workspaces", "select * from workspaces where id = :ws", 20),
                new BackupTable("memberships", "select * from memberships where workspace_id = :ws", 30),
                new BackupTable("products", "select * from products where workspace_id = :ws", 40),
                new BackupTable("invitations", "select * from invitations where workspace_id = :ws", 50));
    }
}
