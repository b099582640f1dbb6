package io.github.mfaoverride.adapters.jdbc;

import io.github.mfaoverride.audit.AuditRecord;
import io.github.mfaoverride.audit.AuditTrail;
import io.github.mfaoverride.testkit.AuditTrailContract;
import io.github.mfaoverride.workflow.RequestId;
import java.util.List;

class H2AuditTrailTest extends AuditTrailContract {

    private JdbcAuditTrail trail;

    @Override
    protected AuditTrail newTrail() {
        trail = JdbcStore.on(TestDatabases.h2()).auditTrail();
        return trail;
    }

    @Override
    protected List<AuditRecord> recordsOf(RequestId id) {
        return trail.recordsOf(id);
    }
}
