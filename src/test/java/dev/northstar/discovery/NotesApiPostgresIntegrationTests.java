package dev.northstar.discovery;

import org.springframework.test.context.ActiveProfiles;

/** The same inbox behaviour on a real PostgreSQL. */
@ActiveProfiles("pgtest")
class NotesApiPostgresIntegrationTests extends NotesApiIntegrationTests {}
