package dev.northstar.common;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work once the current transaction has committed (never when it rolls back), or at once
 * outside a transaction. For a module's own caches (the embedding queue) that follow its events:
 * unlike a {@code @TransactionalEventListener}, this is not written to the event publication
 * registry, which would otherwise store every bulk import's event once per listener. Caches rebuild
 * themselves on start, so they do not need that durability; events other modules rely on do.
 * (The note index goes one step further and gathers a whole transaction's events into one pass.)
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static void run(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
