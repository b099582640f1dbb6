package io.github.mfaoverride.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.error.ConcurrentUpdateException;
import io.github.mfaoverride.error.ErrorCode;
import io.github.mfaoverride.error.MfaOverrideException;
import io.github.mfaoverride.error.TransientFailureException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlFailuresTest {

    @ParameterizedTest
    @ValueSource(strings = {"08000", "08001", "08003", "08006", "40001", "40P01", "57P01", "53300"})
    void translateWhenSqlStateMayPassThenTransientFailure(String state) {
        MfaOverrideException translated = SqlFailures.translate("reading", new SQLException("x", state));

        assertThat(translated).isInstanceOf(TransientFailureException.class);
        assertThat(translated.code()).isEqualTo(ErrorCode.TRANSIENT_FAILURE);
        assertThat(translated.getMessage()).contains(state).doesNotContain("x (");
    }

    @Test
    void translateWhenTransientOrRecoverableExceptionTypeThenTransientFailure() {
        assertThat(SqlFailures.translate("a", new SQLTimeoutException("slow")))
                .isInstanceOf(TransientFailureException.class);
        assertThat(SqlFailures.translate("a", new SQLTransientConnectionException("pool empty")))
                .isInstanceOf(TransientFailureException.class);
        assertThat(SqlFailures.translate("a", new SQLRecoverableException("reset")))
                .isInstanceOf(TransientFailureException.class);
    }

    @Test
    void translateWhenCausedByConnectionFailureThenTransientFailure() {
        SQLException wrapped = new SQLException("cannot connect", "08001", new ConnectException("refused"));

        assertThat(SqlFailures.translate("a", wrapped)).isInstanceOf(TransientFailureException.class);
    }

    @Test
    void translateWhenUniqueViolationThenConcurrentUpdate() {
        MfaOverrideException translated = SqlFailures.translate("inserting request r-1",
                new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(translated).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(translated.getMessage()).startsWith("inserting request r-1").doesNotContain("duplicate");
    }

    @Test
    void translateWhenPermanentFailureThenPlainErrorWithoutTheDriversText() {
        MfaOverrideException translated = SqlFailures.translate("reading user u-1",
                new SQLException("relation \"mfa_override_user\" does not exist: +12015550100", "42P01"));

        assertThat(translated).isNotInstanceOfAny(TransientFailureException.class, ConcurrentUpdateException.class);
        assertThat(translated.code()).isEqualTo(ErrorCode.STORAGE);
        assertThat(translated.getMessage()).contains("42P01").doesNotContain("+1201");
    }
}
