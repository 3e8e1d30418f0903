package dev.northstar.discovery;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unmet needs of a product, each optionally tied to a persona or segment, with the evidence
 * (highlights in notes) behind it. Viewers read; editors create, change and delete.
 */
@Service
@Transactional
public class Needs {

    private final Access access;
    private final NeedRows rows;
    private final PersonaRows personas;
    private final TreeRows trees;

    Needs(Access access, NeedRows rows, PersonaRows personas, TreeRows trees) {
        this.access = access;
        this.rows = rows;
        this.personas = personas;
        this.trees = trees;
    }

    /** Creates an unmet need; a persona id must be one of this product's. Editors and up. */
    public NeedView create(UUID productId, NeedInput input) {
        access.product(productId, Role.EDITOR);
        checkPersona(productId, input.personaId());
        UUID id = UUID.randomUUID();
        rows.insert(productId, id, input, Instant.now());
        return rows.find(productId, id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public NeedView get(UUID productId, UUID needId) {
        access.product(productId, Role.VIEWER);
        return rows.find(productId, needId).orElseThrow(() -> new NotFoundException("need"));
    }

    @Transactional(readOnly = true)
    public PageResult<NeedView> list(UUID productId, NeedFilter filter, Paging paging) {
        access.product(productId, Role.VIEWER);
        return new PageResult<>(rows.list(productId, filter, paging), rows.count(productId, filter));
    }

    /** Every need of the product, alphabetical (at most 500): for pickers. */
    @Transactional(readOnly = true)
    public List<NeedView> all(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.list(productId, new NeedFilter(null, null, NeedFilter.Order.TITLE), new Paging(0, 500));
    }

    /** The needs with the most evidence, most first; needs without evidence are left out. */
    @Transactional(readOnly = true)
    public List<NeedView> mostEvidenced(UUID productId, int limit) {
        access.product(productId, Role.VIEWER);
        return rows.list(productId, NeedFilter.ALL, new Paging(0, limit)).stream()
                .filter(n -> n.evidenceCount() > 0)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.count(productId, NeedFilter.ALL);
    }

    /** Replaces title, description, persona and importance; {@code version} must be the one the editor read. Editors and up. */
    public NeedView update(UUID productId, UUID needId, int version, NeedInput input) {
        access.product(productId, Role.EDITOR);
        rows.find(productId, needId).orElseThrow(() -> new NotFoundException("need"));
        checkPersona(productId, input.personaId());
        if (!rows.update(productId, needId, version, input, Instant.now())) {
            throw new ConflictException(
                    "someone else changed this need since you opened it; reload it and apply your edit again");
        }
        return rows.find(productId, needId).orElseThrow();
    }

    /**
     * Deletes a need with its highlights. Opportunities that were this need stay in the tree as
     * free-text opportunities with its title, so solutions and tests under them survive. Editors and up.
     */
    public void delete(UUID productId, UUID needId) {
        access.product(productId, Role.EDITOR);
        NeedView need = rows.find(productId, needId).orElseThrow(() -> new NotFoundException("need"));
        trees.detachNeed(productId, needId, need.title());
        rows.delete(productId, needId);
    }

    private void checkPersona(UUID productId, UUID personaId) {
        if (personaId != null && !personas.exists(productId, personaId)) {
            throw new InvalidInputException("personaId", "no persona or segment with this id in the product");
        }
    }
}
