package dev.northstar.prioritization;

import org.springframework.test.context.ActiveProfiles;

/** The same behaviour on a real PostgreSQL. */
@ActiveProfiles("pgtest")
class ScoresApiPostgresIntegrationTests extends ScoresApiIntegrationTests {}
