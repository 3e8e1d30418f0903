package dev.northstar.workspace;

import java.util.UUID;

/** Who is acting: a signed-in user, or the system itself (start-up, demo loading, CLI restore). */
public record Actor(UUID userId, String email, String name) implements java.io.Serializable {

    public static final Actor SYSTEM = new Actor(new UUID(0, 0), "system", "Northstar");

    public boolean isSystem() {
        return SYSTEM.userId().equals(userId);
    }
}
