package io.github.mfaoverride.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Statements run on one connection; the caller owns the connection and translates any {@link SQLException}.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
