package io.github.mfaoverride.adapters.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Wraps a data source to watch or break what the adapters do with it: {@link Counting} counts the statements they
 * prepare, {@link FailingCommit} makes the next commit fail as a dropped connection would.
 */
final class JdbcProxies {

    private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "createStatement",
            "prepareCall");

    private JdbcProxies() {
    }

    /** Counts every statement prepared or created on connections of the wrapped data source. */
    static final class Counting {

        private final AtomicInteger statements = new AtomicInteger();
        private final DataSource dataSource;

        Counting(DataSource target) {
            this.dataSource = wrap(target, (connection, method) -> {
                if (STATEMENT_FACTORIES.contains(method.getName())) {
                    statements.incrementAndGet();
                }
            });
        }

        DataSource dataSource() {
            return dataSource;
        }

        /** Returns the count since the last call and starts again from zero. */
        int takeCount() {
            return statements.getAndSet(0);
        }
    }

    /** Makes the next commit on the wrapped data source throw, before the database sees it. */
    static final class FailingCommit {

        private final AtomicBoolean armed = new AtomicBoolean();
        private final DataSource dataSource;

        FailingCommit(DataSource target) {
            this.dataSource = wrap(target, (connection, method) -> {
                if (method.getName().equals("commit") && armed.compareAndSet(true, false)) {
                    throw new SQLRecoverableException("connection reset at commit (injected)", "08006");
                }
            });
        }

        DataSource dataSource() {
            return dataSource;
        }

        void failNextCommit() {
            armed.set(true);
        }
    }

    /** Sees a call on a connection before it reaches the driver; may throw to stop it. */
    @FunctionalInterface
    private interface ConnectionSpy {
        void before(Connection connection, Method method) throws SQLException;
    }

    private static DataSource wrap(DataSource target, ConnectionSpy spy) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Connection connection) {
                return connection(connection, spy);
            }
            return result;
        };
        return (DataSource) Proxy.newProxyInstance(JdbcProxies.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, handler);
    }

    private static Connection connection(Connection target, ConnectionSpy spy) {
        InvocationHandler handler = (proxy, method, args) -> {
            spy.before(target, method);
            return invoke(target, method, args);
        };
        return (Connection) Proxy.newProxyInstance(JdbcProxies.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
