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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workspaces, their products and their members, always as seen by the current actor. */
@Service
@Transactional
public class Workspaces {

    private final Directory directory;
    private final Users users;
    private final Access access;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Workspaces(Directory directory, Users users, Access access, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.directory = directory;
        this.users = users;
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Workspaces the current user belongs to (every workspace for the system). */
    @Transactional(readOnly = true)
    public List<WorkspaceView> mine() {
        Actor actor = access.current();
        return actor.isSystem() ? directory.allWorkspaces() : directory.workspacesOf(actor.userId());
    }

    @Transactional(readOnly = true)
    public WorkspaceView get(UUID workspaceId) {
        Role role = access.workspace(workspaceId, Role.VIEWER);
        String name = directory.workspaceName(workspaceId).orElseThrow(() -> new NotFoundException("workspace"));
        Instant created = jdbc.sql("select created_at from workspaces where id = ?")
                .param(workspaceId)
                .query((rs, n) -> Rows.instant(rs, "created_at"))
                .single();
        return new WorkspaceView(workspaceId, name, role, created);
    }

    /** Creates a workspace with the current user as its owner. */
    public WorkspaceView create(String name) {
        return createOwnedBy(name, access.current());
    }

    /** Creates a workspace owned by a given user; for start-up and restore, which act as the system. */
    public WorkspaceView createOwnedBy(String name, Actor owner) {
        String clean = Checks.trimToNull(name);
        Checks.start()
                .notBlank(clean, "name", "Name")
                .maxLength(clean, 200, "name", "Name")
                .orThrow();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        directory.insertWorkspace(id, clean, now);
        if (!owner.isSystem()) {
            directory.upsertMember(id, owner.userId(), Role.OWNER);
        }
        return new WorkspaceView(id, clean, Role.OWNER, now);
    }

    public WorkspaceView rename(UUID workspaceId, String name) {
        access.workspace(workspaceId, Role.OWNER);
        String clean = Checks.trimToNull(name);
        Checks.start()
                .notBlank(clean, "name", "Name")
                .maxLength(clean, 200, "name", "Name")
                .orThrow();
        directory.renameWorkspace(workspaceId, clean);
        return get(workspaceId);
    }

    @Transactional(readOnly = true)
    public List<ProductView> products(UUID workspaceId) {
        access.workspace(workspaceId, Role.VIEWER);
        return directory.products(workspaceId);
    }

    @Transactional(readOnly = true)
    public ProductView product(UUID productId) {
        access.product(productId, Role.VIEWER);
        return directory.product(productId).orElseThrow(() -> new NotFoundException("product"));
    }

    /** Creates a product with a fresh capture key; editors and owners may. */
    public ProductView createProduct(UUID workspaceId, String name, String description) {
        access.workspace(workspaceId, Role.EDITOR);
        String cleanName = Checks.trimToNull(name);
        String cleanDescription = Checks.trimToNull(description);
        Checks.start()
                .notBlank(cleanName, "name", "Name")
                .maxLength(cleanName, 200, "name", "Name")
                .maxLength(cleanDescription, 2000, "description", "Description")
                .orThrow();
        ProductView p = new ProductView(
                UUID.randomUUID(), workspaceId, cleanName, cleanDescription, Secrets.random("phc_", 24), Instant.now());
        directory.insertProduct(p);
        events.publishEvent(new ProductCreated(p.id(), workspaceId, p.name()));
        return p;
    }

    public ProductView updateProduct(UUID productId, String name, String description) {
        access.product(productId, Role.EDITOR);
        String cleanName = Checks.trimToNull(name);
        String cleanDescription = Checks.trimToNull(description);
        Checks.start()
                .notBlank(cleanName, "name", "Name")
                .maxLength(cleanName, 200, "name", "Name")
                .maxLength(cleanDescription, 2000, "description", "Description")
                .orThrow();
        directory.updateProduct(productId, cleanName, cleanDescription);
        return directory.product(productId).orElseThrow();
    }

    /** Replaces the capture key; clients still sending the old one get 401 from then on. Owners only. */
    public ProductView rotateCaptureKey(UUID productId) {
        access.product(productId, Role.OWNER);
        directory.updateCaptureKey(productId, Secrets.random("phc_", 24));
        return directory.product(productId).orElseThrow();
    }

    /** The product a capture key belongs to; analytics ingestion authenticates with this. */
    @Transactional(readOnly = true)
    public Optional<ProductView> productByCaptureKey(String captureKey) {
        return captureKey == null ? Optional.empty() : directory.productByCaptureKey(captureKey);
    }

    @Transactional(readOnly = true)
    public List<MemberView> members(UUID workspaceId) {
        access.workspace(workspaceId, Role.VIEWER);
        return directory.members(workspaceId);
    }

    /**
     * Invites someone by email. An existing account joins at once (no token in the answer); anyone
     * else gets an invitation whose token, shown once, lets them set a name and password. Owners only.
     */
    public InvitationView invite(UUID workspaceId, String email, Role role) {
        Actor actor = access.current();
        access.workspace(workspaceId, Role.OWNER);
        String clean = Users.normalise(email);
        Checks.start()
                .require(
                        clean != null && clean.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                        "email",
                        "Enter a valid email address")
                .orThrow();
        if (role == null) {
            throw new InvalidInputException("role", "role is required");
        }
        Optional<Users.UserRow> existing = users.byEmail(clean);
        Instant now = Instant.now();
        if (existing.isPresent()) {
            directory.upsertMember(workspaceId, existing.get().id(), role);
            return new InvitationView(null, workspaceId, clean, role, now, null);
        }
        String token = Secrets.random("inv_", 24);
        UUID id = UUID.randomUUID();
        jdbc.sql("delete from invitations where workspace_id = ? and email = ? and accepted_at is null")
                .params(workspaceId, clean)
                .update();
        jdbc.sql(
                        "insert into invitations (id, workspace_id, email, role, token_hash, invited_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        workspaceId,
                        clean,
                        role.name(),
                        Secrets.sha256(token),
                        actor.isSystem() ? firstOwner(workspaceId) : actor.userId(),
                        Rows.ts(now))
                .update();
        return new InvitationView(id, workspaceId, clean, role, now, token);
    }

    @Transactional(readOnly = true)
    public List<InvitationView> openInvitations(UUID workspaceId) {
        access.workspace(workspaceId, Role.OWNER);
        return jdbc.sql(
                        "select * from invitations where workspace_id = ? and accepted_at is null order by created_at desc")
                .param(workspaceId)
                .query((rs, n) -> new InvitationView(
                        Rows.uuid(rs, "id"),
                        workspaceId,
                        rs.getString("email"),
                        Role.valueOf(rs.getString("role")),
                        Rows.instant(rs, "created_at"),
                        null))
                .list();
    }

    public void cancelInvitation(UUID workspaceId, UUID invitationId) {
        access.workspace(workspaceId, Role.OWNER);
        jdbc.sql("delete from invitations where id = ? and workspace_id = ? and accepted_at is null")
                .params(invitationId, workspaceId)
                .update();
    }

    /** Changes a member's role; the last owner cannot be demoted. Owners only. */
    public void changeRole(UUID workspaceId, UUID userId, Role role) {
        access.workspace(workspaceId, Role.OWNER);
        Role current = directory.roleOf(workspaceId, userId).orElseThrow(() -> new NotFoundException("member"));
        if (current == Role.OWNER && role != Role.OWNER && directory.countOwners(workspaceId) == 1) {
            throw new ConflictException("a workspace needs at least one owner; make someone else owner first");
        }
        directory.upsertMember(workspaceId, userId, role);
    }

    /** Removes a member; the last owner cannot be removed. Owners only. */
    public void removeMember(UUID workspaceId, UUID userId) {
        access.workspace(workspaceId, Role.OWNER);
        Role current = directory.roleOf(workspaceId, userId).orElseThrow(() -> new NotFoundException("member"));
        if (current == Role.OWNER && directory.countOwners(workspaceId) == 1) {
            throw new ConflictException("a workspace needs at least one owner; make someone else owner first");
        }
        directory.removeMember(workspaceId, userId);
    }

    private UUID firstOwner(UUID workspaceId) {
        return directory.members(workspaceId).stream()
                .filter(m -> m.role() == Role.OWNER)
                .map(MemberView::userId)
                .findFirst()
                .orElseThrow(() -> new ConflictException("the workspace has no owner"));
    }
}
