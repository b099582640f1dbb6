package io.github.mfaoverride.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.adapters.jdbc.JdbcMigrations;
import org.flywaydb.core.Flyway;

/**
 * The demo's database: an in-memory H2 with the library's schema applied by Flyway, as a host would apply it.
 */
final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /**
     * Starts a fresh, private H2 database and migrates it.
     *
     * @param name a name unique to this run
     * @return a pooled data source; close it to drop the database
     */
    static HikariDataSource start(String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(4);
        config.setPoolName("quickstart");
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure()
                .dataSource(dataSource)
                .locations(JdbcMigrations.H2)
                .table("mfa_override_schema_history")
                .load()
                .migrate();
        return dataSource;
    }
}
