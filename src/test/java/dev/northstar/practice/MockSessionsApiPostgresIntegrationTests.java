package dev.northstar.practice;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class MockSessionsApiPostgresIntegrationTests extends MockSessionsApiIntegrationTests {}
