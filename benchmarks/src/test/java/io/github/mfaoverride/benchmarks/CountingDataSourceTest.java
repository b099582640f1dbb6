package io.github.mfaoverride.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CountingDataSourceTest {

    private CountingDataSource counting;

    @BeforeEach
    void createTable() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:counting-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table t (id int primary key)");
        }
        counting = new CountingDataSource(h2);
    }

    @Test
    void statementsWhenRunInAutoCommitThenEachIsATransaction() throws SQLException {
        try (Connection connection = counting.dataSource().getConnection()) {
            insert(connection, 1);
            insert(connection, 2);
        }

        assertThat(counting.statements()).isEqualTo(2);
        assertThat(counting.transactions()).isEqualTo(2);
    }

    @Test
    void statementsWhenRunInOneTransactionThenTheCommitCountsOnce() throws SQLException {
        try (Connection connection = counting.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            insert(connection, 1);
            insert(connection, 2);
            connection.commit();
            connection.commit();
            connection.setAutoCommit(true);
        }

        assertThat(counting.statements()).isEqualTo(2);
        assertThat(counting.transactions()).isEqualTo(1);
        assertThat(counting.rollbacks()).isZero();
    }

    @Test
    void rollbackWhenCalledThenIsCountedApartFromTransactions() throws SQLException {
        try (Connection connection = counting.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            insert(connection, 1);
            connection.rollback();
        }

        assertThat(counting.transactions()).isZero();
        assertThat(counting.rollbacks()).isEqualTo(1);
    }

    @Test
    void resetWhenCalledThenCountsStartAgainFromZero() throws SQLException {
        try (Connection connection = counting.dataSource().getConnection()) {
            insert(connection, 1);
        }

        counting.reset();

        assertThat(counting.statements()).isZero();
        assertThat(counting.transactions()).isZero();
    }

    private static void insert(Connection connection, int id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into t values (?)")) {
            insert.setInt(1, id);
            insert.executeUpdate();
        }
    }
}
