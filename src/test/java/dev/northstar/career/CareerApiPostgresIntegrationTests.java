package dev.northstar.career;

import org.springframework.test.context.ActiveProfiles;

/** The same behaviour on a real PostgreSQL. */
@ActiveProfiles("pgtest")
class CareerApiPostgresIntegrationTests extends CareerApiIntegrationTests {}
