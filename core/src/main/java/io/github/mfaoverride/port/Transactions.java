package io.github.mfaoverride.port;

import java.util.function.Supplier;

/**
 * Port that runs several storage writes as one atomic unit.
 *
 * <p>The facade uses it wherever a use case writes more than once and the writes must stand or fall together:
 * superseding an open request while inserting its successor, and completing a change (request completed, code
 * consumed, phone replaced). Calls may nest; the outermost one commits. Implementations must be thread-safe.
 */
public interface Transactions {

    /**
     * Runs the work atomically: if it throws, none of the writes it made through the storage ports remain.
     *
     * @param work the writes, not null
     * @param <T> the result type
     * @return what the work returned
     */
    <T> T inTransaction(Supplier<T> work);
}
