package dev.northstar.decisions;

import org.springframework.test.context.ActiveProfiles;

/** The same behaviour on a real PostgreSQL. */
@ActiveProfiles("pgtest")
class DecisionApiPostgresIntegrationTests extends DecisionApiIntegrationTests {}
