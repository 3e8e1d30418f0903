package dev.northstar.practice;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class StoryBankApiPostgresIntegrationTests extends StoryBankApiIntegrationTests {}
