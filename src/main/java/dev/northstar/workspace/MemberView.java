package dev.northstar.workspace;

import java.time.Instant;
import java.util.UUID;

public record MemberView(UUID userId, String email, String name, Role role, Instant since) {}
