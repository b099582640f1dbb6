package io.github.mfaoverride.adapters.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.port.Transactions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions over the in-memory stores that share this instance: one lock serializes every store operation,
 * and each write inside a transaction records how to undo itself, so a failed transaction leaves no trace.
 *
 * <p>Isolation is serializable: stores read and write only under the lock. Thread-safe.
 */
public final class InMemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> journal = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        requireNonNull(work, "work cannot be null");
        lock.lock();
        try {
            if (journal.get() != null) {
                return work.get();
            }
            Deque<Runnable> undo = new ArrayDeque<>();
            journal.set(undo);
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                while (!undo.isEmpty()) {
                    undo.pop().run();
                }
                throw e;
            } finally {
                journal.remove();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs one store operation under the shared lock.
     *
     * @param operation the read or write, not null
     * @param <T> its result type
     * @return what it returned
     */
    <T> T locked(Supplier<T> operation) {
        lock.lock();
        try {
            return operation.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records how to undo a write just made, if a transaction is running on this thread.
     *
     * @param undo restores the previous state, not null
     */
    void onRollback(Runnable undo) {
        Deque<Runnable> current = journal.get();
        if (current != null) {
            current.push(undo);
        }
    }
}
