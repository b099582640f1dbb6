package io.github.mfaoverride.adapters.inmemory;

import io.github.mfaoverride.audit.AuditRecord;
import io.github.mfaoverride.audit.AuditTrail;
import io.github.mfaoverride.testkit.AuditTrailContract;
import io.github.mfaoverride.workflow.RequestId;
import java.util.List;

class InMemoryAuditTrailTest extends AuditTrailContract {

    private InMemoryAuditTrail trail;

    @Override
    protected AuditTrail newTrail() {
        trail = new InMemoryAuditTrail();
        return trail;
    }

    @Override
    protected List<AuditRecord> recordsOf(RequestId id) {
        return trail.recordsOf(id);
    }
}
