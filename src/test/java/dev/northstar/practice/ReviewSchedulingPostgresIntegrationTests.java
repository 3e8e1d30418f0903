package dev.northstar.practice;

import org.springframework.test.context.ActiveProfiles;

/** The same scheduling on a real PostgreSQL. */
@ActiveProfiles("pgtest")
class ReviewSchedulingPostgresIntegrationTests extends ReviewSchedulingIntegrationTests {}
