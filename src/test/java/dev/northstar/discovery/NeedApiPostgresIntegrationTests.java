package dev.northstar.discovery;

import org.springframework.test.context.ActiveProfiles;

/** The same behaviour on a real PostgreSQL. */
@ActiveProfiles("pgtest")
class NeedApiPostgresIntegrationTests extends NeedApiIntegrationTests {}
