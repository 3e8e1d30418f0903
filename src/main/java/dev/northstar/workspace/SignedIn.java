package dev.northstar.workspace;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The security principal for both sign-in paths: the session (form login) and bearer tokens. */
final class SignedIn extends User {

    private final Actor actor;

    SignedIn(Actor actor, String passwordHash) {
        super(
                actor.email(),
                passwordHash == null ? "" : passwordHash,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.actor = actor;
    }

    Actor actor() {
        return actor;
    }

    String displayName() {
        return actor.name();
    }
}
