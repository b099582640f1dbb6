package io.github.mfaoverride.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.audit.AuditRecord;
import io.github.mfaoverride.audit.AuditTrail;
import io.github.mfaoverride.testkit.AuditTrailContract;
import io.github.mfaoverride.workflow.RequestId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class PostgresAuditTrailTest extends AuditTrailContract {

    private HikariDataSource dataSource;
    private JdbcAuditTrail trail;

    @Override
    protected AuditTrail newTrail() {
        dataSource = TestDatabases.postgres();
        trail = JdbcStore.on(dataSource).auditTrail();
        return trail;
    }

    @Override
    protected List<AuditRecord> recordsOf(RequestId id) {
        return trail.recordsOf(id);
    }

    @AfterEach
    void closePool() {
        dataSource.close();
    }
}
