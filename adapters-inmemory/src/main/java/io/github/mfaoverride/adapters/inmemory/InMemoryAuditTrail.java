package io.github.mfaoverride.adapters.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.audit.AuditRecord;
import io.github.mfaoverride.audit.AuditTrail;
import io.github.mfaoverride.workflow.RequestId;
import java.util.ArrayList;
import java.util.List;

/**
 * An audit trail kept in a list, in append order: for tests, demos and hosts that ship records elsewhere
 * themselves. Thread-safe.
 */
public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditRecord> records = new ArrayList<>();

    @Override
    public synchronized void append(AuditRecord record) {
        records.add(requireNonNull(record, "record cannot be null"));
    }

    /**
     * Returns every record, oldest first.
     *
     * @return a snapshot, never null
     */
    public synchronized List<AuditRecord> records() {
        return List.copyOf(records);
    }

    /**
     * Returns the records of one request, oldest first: the request's story.
     *
     * @param id the request, not null
     * @return a snapshot, never null
     */
    public synchronized List<AuditRecord> recordsOf(RequestId id) {
        requireNonNull(id, "id cannot be null");
        return records.stream().filter(record -> record.request().filter(id::equals).isPresent()).toList();
    }
}
