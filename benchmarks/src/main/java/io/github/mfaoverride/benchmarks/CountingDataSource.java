package io.github.mfaoverride.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import javax.sql.DataSource;

/**
 * Wraps a data source and counts what reaches the database: statements executed, and transactions (each commit
 * that followed at least one statement, plus each statement run in auto-commit mode). Thread-safe.
 */
final class CountingDataSource {

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong rollbacks = new AtomicLong();
    private final DataSource counted;

    CountingDataSource(DataSource target) {
        this.counted = proxy(DataSource.class, target, (method, result) -> {
            if (result instanceof Connection connection && method.getName().equals("getConnection")) {
                return countingConnection(connection);
            }
            return result;
        });
    }

    DataSource dataSource() {
        return counted;
    }

    long statements() {
        return statements.get();
    }

    long transactions() {
        return transactions.get();
    }

    long rollbacks() {
        return rollbacks.get();
    }

    void reset() {
        statements.set(0);
        transactions.set(0);
        rollbacks.set(0);
    }

    private Connection countingConnection(Connection connection) {
        long[] pending = new long[1];
        return proxy(Connection.class, connection, new Interceptor() {
            @Override
            public Object before(Method method, Object[] args) throws Exception {
                String name = method.getName();
                if (name.equals("commit") && pending[0] > 0) {
                    transactions.incrementAndGet();
                    pending[0] = 0;
                } else if (name.equals("rollback") && args == null) {
                    rollbacks.incrementAndGet();
                    pending[0] = 0;
                } else if (name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0])
                        && !connection.getAutoCommit() && pending[0] > 0) {
                    transactions.incrementAndGet();
                    pending[0] = 0;
                }
                return null;
            }

            @Override
            public Object after(Method method, Object result) {
                if (result instanceof Statement statement) {
                    return countingStatement(connection, statement, pending);
                }
                return result;
            }
        });
    }

    private Statement countingStatement(Connection connection, Statement statement, long[] pending) {
        Class<? extends Statement> type = statement instanceof CallableStatement
                ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class
                : Statement.class;
        return proxy(type, statement, new Interceptor() {
            @Override
            public Object before(Method method, Object[] args) throws Exception {
                if (method.getName().startsWith("execute")) {
                    statements.incrementAndGet();
                    if (connection.getAutoCommit()) {
                        transactions.incrementAndGet();
                    } else {
                        pending[0]++;
                    }
                }
                return null;
            }

            @Override
            public Object after(Method method, Object result) {
                return result;
            }
        });
    }

    private static <T> T proxy(Class<T> type, Object target, Interceptor interceptor) {
        InvocationHandler handler = (self, method, args) -> {
            interceptor.before(method, args);
            try {
                return interceptor.after(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    private static <T> T proxy(Class<T> type, Object target, BiFunction<Method, Object, Object> after) {
        return proxy(type, target, new Interceptor() {
            @Override
            public Object before(Method method, Object[] args) {
                return null;
            }

            @Override
            public Object after(Method method, Object result) {
                return after.apply(method, result);
            }
        });
    }

    /** What a proxy does around each call. */
    private interface Interceptor {
        Object before(Method method, Object[] args) throws Exception;

        Object after(Method method, Object result);
    }
}
