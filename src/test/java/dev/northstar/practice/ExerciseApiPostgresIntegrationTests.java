package dev.northstar.practice;

import org.springframework.test.context.ActiveProfiles;

/** The same behaviour on a real PostgreSQL. */
@ActiveProfiles("pgtest")
class ExerciseApiPostgresIntegrationTests extends ExerciseApiIntegrationTests {}
