package dev.northstar.workspace;

import org.springframework.test.context.ActiveProfiles;

/** The same behaviour on a real PostgreSQL. */
@ActiveProfiles("pgtest")
class WorkspaceApiPostgresIntegrationTests extends WorkspaceApiIntegrationTests {}
