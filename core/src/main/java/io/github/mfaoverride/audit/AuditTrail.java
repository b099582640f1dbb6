package io.github.mfaoverride.audit;

/**
 * Port to an append-only store of audit records.
 *
 * <p>The facade appends one record per use-case outcome, after the step, and one per change notice. A record is
 * never changed or deleted through this port (retention is the store's business). An implementation that fails
 * should throw; the facade logs the failure with the record (which is PII-safe) and the step's outcome stands.
 * Implementations must be thread-safe.
 */
public interface AuditTrail {

    /**
     * Appends one record.
     *
     * @param record the record, not null
     */
    void append(AuditRecord record);
}
