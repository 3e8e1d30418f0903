package dev.northstar.roadmap;

import dev.northstar.common.NotFoundException;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.ProductAccess;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read-only share link for stakeholders: a random token that shows the board and the timeline without an account.
 * Editors create, replace and revoke it; a revoked or replaced token stops working at once.
 */
@Service
@Transactional
public class RoadmapShares {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Access access;
    private final RoadmapRows rows;
    private final Roadmaps roadmaps;
    private final RoadmapExports exports;
    private final Workspaces workspaces;

    RoadmapShares(Access access, RoadmapRows rows, Roadmaps roadmaps, RoadmapExports exports, Workspaces workspaces) {
        this.access = access;
        this.rows = rows;
        this.roadmaps = roadmaps;
        this.exports = exports;
        this.workspaces = workspaces;
    }

    /** The current link, if there is one. Editors and up (viewers cannot hand the roadmap out). */
    @Transactional(readOnly = true)
    public Optional<ShareLink> link(UUID productId) {
        access.product(productId, Role.EDITOR);
        return rows.share(productId);
    }

    /** Makes a new link; an older one stops working. Editors and up. */
    public ShareLink create(UUID productId) {
        ProductAccess pa = access.product(productId, Role.EDITOR);
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        rows.saveShare(
                productId, token, pa.actor().isSystem() ? null : pa.actor().userId(), Instant.now());
        return rows.share(productId).orElseThrow();
    }

    /** Revokes the link (none: nothing happens). Editors and up. */
    public void revoke(UUID productId) {
        access.product(productId, Role.EDITOR);
        rows.deleteShare(productId);
    }

    /** What a share link shows; an unknown or revoked token is not found. Needs no account. */
    @Transactional(readOnly = true)
    public PublicRoadmap view(String token, Granularity by, Timeline.Lane lane) {
        UUID productId = product(token);
        return Access.asSystem(() -> new PublicRoadmap(
                workspaces.product(productId).name(),
                roadmaps.board(productId),
                exports.timeline(productId, by, lane)));
    }

    /** An export of the shared roadmap (markdown, svg or png). Needs no account. */
    @Transactional(readOnly = true)
    public <T> T export(String token, java.util.function.Function<UUID, T> work) {
        UUID productId = product(token);
        return Access.asSystem(() -> work.apply(productId));
    }

    private UUID product(String token) {
        if (token == null || token.length() > 64) {
            throw new NotFoundException("roadmap");
        }
        return rows.productOfToken(token).orElseThrow(() -> new NotFoundException("roadmap"));
    }
}
