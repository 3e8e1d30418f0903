package dev.northstar.roadmap;

import org.springframework.test.context.ActiveProfiles;

/** The same behaviour on a real PostgreSQL. */
@ActiveProfiles("pgtest")
class RoadmapApiPostgresIntegrationTests extends RoadmapApiIntegrationTests {}
