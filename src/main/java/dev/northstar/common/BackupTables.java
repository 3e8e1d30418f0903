package dev.northstar.common;

import java.util.List;

/**
 * A module declares here which of its tables belong to a workspace, so a backup holds them and a
 * restore brings them back without the backup code knowing the module. One bean per module; a
 * module that adds a workspace table adds it to its list and nothing else changes.
 */
public interface BackupTables {

    List<BackupTable> backupTables();

    /** Tables that older backups hold and this version keeps elsewhere; their rows are restored by the module. */
    default List<RetiredBackupTable> retiredTables() {
        return List.of();
    }
}
