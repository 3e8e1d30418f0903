package dev.northstar.discovery;

import dev.northstar.common.ConflictException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personas and segments of a product: who the customers are and what they feel, think, want and
 * struggle with. Viewers read; editors create, change and delete.
 */
@Service
@Transactional
public class Personas {

    private final Access access;
    private final PersonaRows rows;

    Personas(Access access, PersonaRows rows) {
        this.access = access;
        this.rows = rows;
    }

    /** Creates a persona or segment. Editors and up. */
    public PersonaView create(UUID productId, PersonaInput input) {
        access.product(productId, Role.EDITOR);
        UUID id = UUID.randomUUID();
        rows.insert(productId, id, input, Instant.now());
        return rows.find(productId, id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public PersonaView get(UUID productId, UUID personaId) {
        access.product(productId, Role.VIEWER);
        return rows.find(productId, personaId).orElseThrow(() -> new NotFoundException("persona"));
    }

    /** Personas first, then segments, each alphabetically; {@code kind} null lists both. */
    @Transactional(readOnly = true)
    public PageResult<PersonaView> list(UUID productId, PersonaKind kind, Paging paging) {
        access.product(productId, Role.VIEWER);
        return new PageResult<>(rows.list(productId, kind, paging), rows.count(productId, kind));
    }

    @Transactional(readOnly = true)
    public long count(UUID productId, PersonaKind kind) {
        access.product(productId, Role.VIEWER);
        return rows.count(productId, kind);
    }

    /** Replaces every part; {@code version} must be the one the editor read, else a conflict. Editors and up. */
    public PersonaView update(UUID productId, UUID personaId, int version, PersonaInput input) {
        access.product(productId, Role.EDITOR);
        rows.find(productId, personaId).orElseThrow(() -> new NotFoundException("persona"));
        if (!rows.update(productId, personaId, version, input, Instant.now())) {
            throw new ConflictException(
                    "someone else changed this persona since you opened it; reload it and apply your edit again");
        }
        return rows.find(productId, personaId).orElseThrow();
    }

    /** Deletes a persona; its unmet needs stay, no longer linked to anyone. Editors and up. */
    public void delete(UUID productId, UUID personaId) {
        access.product(productId, Role.EDITOR);
        rows.find(productId, personaId).orElseThrow(() -> new NotFoundException("persona"));
        rows.delete(productId, personaId);
    }
}
