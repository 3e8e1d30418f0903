package dev.northstar.discovery;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith stores each event publication as JSON, on H2 in a column of 4000 characters, while
 * a bulk import publishes one NotesAdded event per few thousand notes (about 39 characters a note id).
 * On H2 this widens the column (creating the table first when Modulith has not yet, with Modulith's
 * own H2 schema otherwise unchanged); PostgreSQL's column is TEXT already, so nothing happens there.
 */
@Component
class V2_12__WidenEventPublicationOnH2 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    create table if not exists event_publication (
                      id uuid not null,
                      completion_date timestamp(9) with time zone,
                      event_type varchar(512) not null,
                      listener_id varchar(512) not null,
                      publication_date timestamp(9) with time zone not null,
                      serialized_event character varying(1000000000) not null,
                      status varchar(20),
                      completion_attempts int,
                      last_resubmission_date timestamp(9) with time zone,
                      primary key (id)
                    )""");
            s.execute("alter table event_publication alter column serialized_event set data type character varying(1000000000)");
        }
    }
}
