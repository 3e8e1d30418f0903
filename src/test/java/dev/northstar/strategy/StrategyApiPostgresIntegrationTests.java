package dev.northstar.strategy;

import org.springframework.test.context.ActiveProfiles;

/** The same behaviour on a real PostgreSQL. */
@ActiveProfiles("pgtest")
class StrategyApiPostgresIntegrationTests extends StrategyApiIntegrationTests {}
