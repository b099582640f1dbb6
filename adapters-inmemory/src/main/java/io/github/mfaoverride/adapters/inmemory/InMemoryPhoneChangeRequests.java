package io.github.mfaoverride.adapters.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.port.PhoneChangeRequests;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Phone-change requests held in memory, with the same optimistic versioning and one-open-request-per-target rule
 * as a database would enforce. Thread-safe.
 */
public final class InMemoryPhoneChangeRequests implements PhoneChangeRequests {

    private final InMemoryTransactions transactions;
    private final Map<RequestId, PhoneChangeRequest> byId = new HashMap<>();
    private final Map<UserId, RequestId> openByTarget = new HashMap<>();

    /**
     * Creates an empty store.
     *
     * @param transactions the transactions shared with the other in-memory stores, not null
     */
    public InMemoryPhoneChangeRequests(InMemoryTransactions transactions) {
        this.transactions = requireNonNull(transactions, "transactions cannot be null");
    }

    @Override
    public PhoneChangeRequest insert(PhoneChangeRequest request) {
        requireNonNull(request, "request cannot be null");
        return transactions.locked(() -> {
            if (byId.containsKey(request.id())) {
                throw new ConcurrentUpdateException("request " + request.id() + " exists");
            }
            boolean open = !request.state().isTerminal();
            if (open && openByTarget.containsKey(request.targetId())) {
                throw new ConcurrentUpdateException("user " + request.targetId() + " has another open request");
            }
            PhoneChangeRequest stored = request.withVersion(1);
            byId.put(stored.id(), stored);
            if (open) {
                openByTarget.put(stored.targetId(), stored.id());
            }
            transactions.onRollback(() -> {
                byId.remove(stored.id());
                openByTarget.remove(stored.targetId(), stored.id());
            });
            return stored;
        });
    }

    @Override
    public PhoneChangeRequest update(PhoneChangeRequest request) {
        requireNonNull(request, "request cannot be null");
        return transactions.locked(() -> {
            PhoneChangeRequest current = byId.get(request.id());
            if (current == null || current.version() != request.version()) {
                throw new ConcurrentUpdateException("request " + request.id() + " changed since version "
                        + request.version());
            }
            PhoneChangeRequest stored = request.withVersion(request.version() + 1);
            byId.put(stored.id(), stored);
            boolean wasOpen = !current.state().isTerminal();
            if (wasOpen && stored.state().isTerminal()) {
                openByTarget.remove(stored.targetId(), stored.id());
            }
            transactions.onRollback(() -> {
                byId.put(current.id(), current);
                if (wasOpen) {
                    openByTarget.put(current.targetId(), current.id());
                }
            });
            return stored;
        });
    }

    @Override
    public Optional<PhoneChangeRequest> find(RequestId id) {
        requireNonNull(id, "id cannot be null");
        return transactions.locked(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public Optional<PhoneChangeRequest> findOpenByTarget(UserId targetId) {
        requireNonNull(targetId, "targetId cannot be null");
        return transactions.locked(() -> Optional.ofNullable(openByTarget.get(targetId)).map(byId::get));
    }

    @Override
    public int purgeExpiredBefore(Instant cutoff, int maxCount) {
        requireNonNull(cutoff, "cutoff cannot be null");
        if (maxCount < 1) {
            throw new IllegalArgumentException("maxCount must be at least 1, but was " + maxCount);
        }
        return transactions.locked(() -> {
            int removed = 0;
            Iterator<PhoneChangeRequest> all = byId.values().iterator();
            while (removed < maxCount && all.hasNext()) {
                PhoneChangeRequest request = all.next();
                if (request.expiresAt().isBefore(cutoff)) {
                    all.remove();
                    openByTarget.remove(request.targetId(), request.id());
                    removed++;
                }
            }
            return removed;
        });
    }

    /**
     * Returns how many requests are held, for tests and memory measurements.
     *
     * @return the count
     */
    public int size() {
        return transactions.locked(byId::size);
    }
}
