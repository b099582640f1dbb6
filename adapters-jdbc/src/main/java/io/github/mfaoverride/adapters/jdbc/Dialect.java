package io.github.mfaoverride.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The databases whose schema this module ships, told apart where a statement can use what only one of them has:
 * H2's unique {@code open_target} column, PostgreSQL's {@code INSERT ... ON CONFLICT}.
 */
enum Dialect {

    /** H2, with the schema of the {@code h2} migrations. */
    H2,
    /** PostgreSQL, with the schema of the {@code postgresql} migrations. */
    POSTGRESQL,
    /** Any other database, on a schema the host made alike: only portable SQL is used. */
    OTHER;

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if ("H2".equalsIgnoreCase(product)) {
            return H2;
        }
        return "PostgreSQL".equalsIgnoreCase(product) ? POSTGRESQL : OTHER;
    }
}
