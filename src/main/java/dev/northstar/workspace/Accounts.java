package dev.northstar.workspace;

import dev.northstar.common.Checks;
import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.Rows;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts, passwords, invitations being accepted and personal API tokens. */
@Service
@Transactional
public class Accounts {

    static final int MIN_PASSWORD = 10;

    private final Users users;
    private final Directory directory;
    private final Access access;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;

    Accounts(Users users, Directory directory, Access access, PasswordEncoder passwords, JdbcClient jdbc) {
        this.users = users;
        this.directory = directory;
        this.access = access;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    /** Creates an account; for start-up, restore and tests. */
    public Actor createUser(String email, String name, String password) {
        String cleanEmail = Users.normalise(email);
        String cleanName = Checks.trimToNull(name);
        Checks.start()
                .require(
                        cleanEmail != null && cleanEmail.matches("[^@\\s]+@[^@\\s]+"),
                        "email",
                        "Enter a valid email address")
                .notBlank(cleanName, "name", "Name")
                .require(
                        password != null && password.length() >= MIN_PASSWORD,
                        "password",
                        "Password must be at least " + MIN_PASSWORD + " characters")
                .orThrow();
        if (users.byEmail(cleanEmail).isPresent()) {
            throw new ConflictException("an account with this email already exists");
        }
        return users.insert(cleanEmail, cleanName, passwords.encode(password)).actor();
    }

    @Transactional(readOnly = true)
    public boolean anyUser() {
        return users.count() > 0;
    }

    /** The account created first: the instance's first owner. */
    @Transactional(readOnly = true)
    public Optional<Actor> firstAccount() {
        return jdbc.sql("select * from users order by created_at, email limit 1")
                .query(Users::map)
                .optional()
                .map(Users.UserRow::actor);
    }

    @Transactional(readOnly = true)
    public Optional<Actor> byEmail(String email) {
        return users.byEmail(email).map(Users.UserRow::actor);
    }

    /** The email an open invitation was sent to, if the token is valid. */
    @Transactional(readOnly = true)
    public Optional<InvitationView> invitation(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from invitations where token_hash = ? and accepted_at is null")
                .param(Secrets.sha256(token))
                .query((rs, n) -> new InvitationView(
                        Rows.uuid(rs, "id"),
                        Rows.uuid(rs, "workspace_id"),
                        rs.getString("email"),
                        Role.valueOf(rs.getString("role")),
                        Rows.instant(rs, "created_at"),
                        null))
                .optional();
    }

    /** Accepts an invitation: creates the account and the membership. */
    public Actor acceptInvitation(String token, String name, String password) {
        InvitationView inv = invitation(token).orElseThrow(() -> new NotFoundException("invitation"));
        Actor actor = createUser(inv.email(), name, password);
        directory.upsertMember(inv.workspaceId(), actor.userId(), inv.role());
        jdbc.sql("update invitations set accepted_at = ? where id = ?")
                .params(Rows.ts(Instant.now()), inv.id())
                .update();
        return actor;
    }

    public void changePassword(String current, String next) {
        Actor actor = access.current();
        Users.UserRow row = users.byId(actor.userId()).orElseThrow(() -> new NotFoundException("user"));
        Checks.start()
                .require(
                        current != null && passwords.matches(current, row.passwordHash()),
                        "currentPassword",
                        "Current password is wrong")
                .require(
                        next != null && next.length() >= MIN_PASSWORD,
                        "newPassword",
                        "Password must be at least " + MIN_PASSWORD + " characters")
                .orThrow();
        users.updatePassword(row.id(), passwords.encode(next));
    }

    /** Issues a personal API token for the current user; the secret is in the answer only. */
    public IssuedToken issueToken(String name) {
        return issueTokenFor(access.current(), name);
    }

    /** Issues a token for a named account; the CLI does this for whoever runs it on the server. */
    public IssuedToken issueTokenFor(String email, String name) {
        Actor actor = users.byEmail(email)
                .map(Users.UserRow::actor)
                .orElseThrow(() -> new InvalidInputException("email", "no account with email " + email));
        return issueTokenFor(actor, name);
    }

    private IssuedToken issueTokenFor(Actor actor, String name) {
        if (actor.isSystem()) {
            throw new InvalidInputException("user", "tokens belong to a user account");
        }
        String clean = Checks.trimToNull(name);
        clean = clean == null ? "API token" : clean;
        Checks.start().maxLength(clean, 200, "name", "Name").orThrow();
        String secret = Secrets.random("nst_", 32);
        TokenView view = new TokenView(UUID.randomUUID(), clean, Instant.now(), null);
        jdbc.sql("insert into api_tokens (id, user_id, name, token_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(view.id(), actor.userId(), clean, Secrets.sha256(secret), Rows.ts(view.createdAt()))
                .update();
        return new IssuedToken(view, secret);
    }

    @Transactional(readOnly = true)
    public List<TokenView> tokens() {
        Actor actor = access.current();
        return jdbc.sql("select * from api_tokens where user_id = ? order by created_at desc")
                .param(actor.userId())
                .query((rs, n) -> new TokenView(
                        Rows.uuid(rs, "id"),
                        rs.getString("name"),
                        Rows.instant(rs, "created_at"),
                        Rows.instant(rs, "last_used_at")))
                .list();
    }

    public void revokeToken(UUID tokenId) {
        Actor actor = access.current();
        int n = jdbc.sql("delete from api_tokens where id = ? and user_id = ?")
                .params(tokenId, actor.userId())
                .update();
        if (n == 0) {
            throw new NotFoundException("token");
        }
    }

    /** The account a bearer token belongs to; records when it was last used (at most once a minute). */
    Optional<SignedIn> signInWithToken(String secret) {
        String hash = Secrets.sha256(secret);
        Optional<SignedIn> who = jdbc.sql(
                        "select u.*, t.id as token_id, t.last_used_at from api_tokens t join users u on u.id = t.user_id where t.token_hash = ?")
                .param(hash)
                .query((rs, n) -> {
                    Instant last = Rows.instant(rs, "last_used_at");
                    Instant now = Instant.now();
                    if (last == null || last.isBefore(now.minusSeconds(60))) {
                        jdbc.sql("update api_tokens set last_used_at = ? where id = ?")
                                .params(Rows.ts(now), Rows.uuid(rs, "token_id"))
                                .update();
                    }
                    return new SignedIn(Users.map(rs, n).actor(), null);
                })
                .optional();
        return who;
    }

    Optional<SignedIn> signInWithPassword(String email) {
        return users.byEmail(email).map(u -> new SignedIn(u.actor(), u.passwordHash()));
    }
}
