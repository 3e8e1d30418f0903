package dev.northstar.workspace;

import dev.northstar.common.ForbiddenException;
import dev.northstar.common.NotFoundException;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Every facade asks here before it reads or changes anything of a workspace. A non-member gets
 * "not found", never "forbidden", so a guessed id tells them nothing; a member whose role is too
 * low gets "forbidden".
 */
@Service
public class Access {

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    private final Directory directory;

    Access(Directory directory) {
        this.directory = directory;
    }

    /** The signed-in actor, or {@link Actor#SYSTEM} inside {@link #asSystem}; fails when nobody is signed in. */
    public Actor current() {
        if (SYSTEM.get()) {
            return Actor.SYSTEM;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedIn principal) {
            return principal.actor();
        }
        throw new ForbiddenException("sign in first");
    }

    /** The product, if the current actor has at least {@code role} in its workspace. */
    public ProductAccess product(UUID productId, Role role) {
        ProductView product = directory.product(productId).orElseThrow(() -> new NotFoundException("product"));
        Actor actor = current();
        Role held = roleIn(product.workspaceId(), actor, "product");
        require(held, role);
        return new ProductAccess(productId, product.workspaceId(), held, actor);
    }

    /** The current actor's role in a workspace, if it is at least {@code role}. */
    public Role workspace(UUID workspaceId, Role role) {
        Role held = roleIn(workspaceId, current(), "workspace");
        require(held, role);
        return held;
    }

    /** Runs trusted work (start-up, demo loading, CLI restore) with every check passing. */
    public static <T> T asSystem(Supplier<T> work) {
        boolean before = SYSTEM.get();
        SYSTEM.set(true);
        try {
            return work.get();
        } finally {
            SYSTEM.set(before);
        }
    }

    public static void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    private Role roleIn(UUID workspaceId, Actor actor, String what) {
        if (actor.isSystem()) {
            directory.workspaceName(workspaceId).orElseThrow(() -> new NotFoundException(what));
            return Role.OWNER;
        }
        return directory.roleOf(workspaceId, actor.userId()).orElseThrow(() -> new NotFoundException(what));
    }

    private static void require(Role held, Role required) {
        if (!held.atLeast(required)) {
            throw new ForbiddenException("this needs the " + required.name().toLowerCase() + " role or higher; you are "
                    + held.name().toLowerCase());
        }
    }
}
