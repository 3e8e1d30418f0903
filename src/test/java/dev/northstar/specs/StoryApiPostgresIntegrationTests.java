package dev.northstar.specs;

import org.springframework.test.context.ActiveProfiles;

/** The same behaviour on a real PostgreSQL. */
@ActiveProfiles("pgtest")
class StoryApiPostgresIntegrationTests extends StoryApiIntegrationTests {}
