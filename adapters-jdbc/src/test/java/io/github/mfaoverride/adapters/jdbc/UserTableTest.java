package io.github.mfaoverride.adapters.jdbc;

import static io.github.mfaoverride.testkit.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.domain.UserStatus;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class UserTableTest {

    @Test
    void builderWhenTableNameIsNotAnIdentifierThenRefused() {
        assertThatThrownBy(() -> UserTable.builder("users; DROP TABLE users"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table");
    }

    @Test
    void buildWhenAColumnNameIsNotAnIdentifierThenRefused() {
        assertThatThrownBy(() -> UserTable.builder("accounts").phone("phone = phone --").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phone");
    }

    @Test
    void buildWhenARequiredColumnIsNullThenRefused() {
        assertThatThrownBy(() -> UserTable.builder("accounts").version(null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    }

    @Test
    void builderWhenTableIsSchemaQualifiedThenAccepted() {
        assertThat(UserTable.builder("app.accounts").build().table()).isEqualTo("app.accounts");
    }

    @Test
    void findUserWhenHostStatusMappingAndOptionalColumnsAbsentThenMapsAndDefaults() {
        DataSource dataSource = TestDatabases.h2();
        H2HostUserTableTest.execute(dataSource, "CREATE TABLE staff (id VARCHAR(128) PRIMARY KEY,"
                + " username VARCHAR(64) NOT NULL, organization_id VARCHAR(64) NOT NULL, status VARCHAR(16) NOT NULL,"
                + " mfa_enabled BOOLEAN NOT NULL, phone VARCHAR(32), version BIGINT NOT NULL)");
        UserTable staff = UserTable.builder("staff").locale(null).phoneLineType(null).phoneVerifiedAt(null)
                .defaultLocale(Locale.GERMAN)
                .statusMapping(Map.of("enabled", UserStatus.ACTIVE, "disabled", UserStatus.INACTIVE)::get)
                .build();
        JdbcUserDirectory directory = JdbcStore.on(dataSource, staff).directory();
        directory.save(user("s-1").mfaOn("+12015550160").build());
        directory.save(user("s-2").build());
        H2UserDirectoryTest.RawStatus.set(dataSource, "staff", "status", "id", user("s-1").build(), "enabled");
        H2UserDirectoryTest.RawStatus.set(dataSource, "staff", "status", "id", user("s-2").build(), "ACTIVE");

        assertThat(directory.findUser(UserId.of("s-1")).orElseThrow())
                .satisfies(found -> {
                    assertThat(found.status()).isEqualTo(UserStatus.ACTIVE);
                    assertThat(found.locale()).isEqualTo(Locale.GERMAN);
                    assertThat(found.mfa().enabled()).isTrue();
                    assertThat(found.mfa().phoneVerifiedAt()).isEmpty();
                });
        assertThat(directory.findUser(UserId.of("s-2")).orElseThrow().status()).isEqualTo(UserStatus.UNKNOWN);
    }
}
