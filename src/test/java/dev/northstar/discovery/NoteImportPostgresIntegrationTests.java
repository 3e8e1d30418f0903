package dev.northstar.discovery;

import org.springframework.test.context.ActiveProfiles;

/** The same imports on a real PostgreSQL. */
@ActiveProfiles("pgtest")
class NoteImportPostgresIntegrationTests extends NoteImportIntegrationTests {}
