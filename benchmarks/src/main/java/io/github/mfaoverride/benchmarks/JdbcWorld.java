package io.github.mfaoverride.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.github.mfaoverride.MfaOverride;
import io.github.mfaoverride.adapters.jdbc.JdbcMigrations;
import io.github.mfaoverride.adapters.jdbc.JdbcStore;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One fresh database with the JDBC adapters' schema (every version, applied by Flyway from the adapters'
 * migrations) and Spring Security's, the library wired to it, and per-thread admins for each kind of work.
 * Thread-safe: per-thread parts are thread-local.
 */
final class JdbcWorld implements AutoCloseable {

    /** How many opt-in admins each thread cycles through before turning their MFA off again in one statement. */
    static final int OPT_IN_ROUND = 200;

    /**
     * How many admin and user pairs each thread cycles through, so that no user piles up thousands of finished
     * requests within an iteration, which no real user does.
     */
    static final int PAIRS_PER_THREAD = 20;

    private static final String MFA_OFF = "UPDATE mfa_override_user SET mfa_enabled = FALSE, phone = NULL,"
            + " phone_line_type = NULL, phone_verified_at = NULL, version = version + 1 WHERE id LIKE ?";
    private static final AtomicInteger ROUNDS = new AtomicInteger();

    private final String database;
    private final HikariDataSource pool;
    private final DataSource counted;
    private final JdbcStore store;
    private final CapturedCodes phones = new CapturedCodes();
    private final MfaOverride mfa;
    private final ThreadLocal<Ring<FlowDriver>> phoneChanges = ThreadLocal.withInitial(
            () -> new Ring<>(PAIRS_PER_THREAD, this::newPhoneChange));
    private final ThreadLocal<Ring<FloorFlow>> floors = ThreadLocal.withInitial(
            () -> new Ring<>(PAIRS_PER_THREAD, this::newFloor));
    private final ThreadLocal<OptInRound> optIns = ThreadLocal.withInitial(this::newOptInRound);

    JdbcWorld(String database) {
        this(database, null);
    }

    /**
     * Opens a fresh database.
     *
     * @param database {@code h2} or {@code postgres}
     * @param counting wraps the pool for the library and the floor, or null for none
     */
    JdbcWorld(String database, Function<DataSource, DataSource> counting) {
        this.database = database;
        this.pool = Databases.open(database);
        migrate(pool, database);
        Databases.executeScript(pool, JdbcBenchmark.springSchema(database));
        this.counted = counting == null ? pool : counting.apply(pool);
        this.store = JdbcStore.on(counted);
        for (Organization organization : Fixtures.organizations()) {
            store.directory().save(organization);
        }
        this.mfa = Fixtures.facade(store.directory(), store.requests(), store.transactions(), phones,
                Clock.systemUTC());
    }

    HikariDataSource pool() {
        return pool;
    }

    DataSource counted() {
        return counted;
    }

    FlowDriver phoneChange() {
        return phoneChanges.get().next();
    }

    FloorFlow floor() {
        return floors.get().next();
    }

    FlowDriver nextOptIn() {
        return optIns.get().next();
    }

    void forgetRequests() {
        Databases.executeScript(pool, "DELETE FROM mfa_override_request");
    }

    @Override
    public void close() {
        pool.close();
    }

    private FlowDriver newPhoneChange() {
        Fixtures.Pair pair = Fixtures.nextPair();
        store.directory().save(Fixtures.admin(pair.admin()));
        store.directory().save(Fixtures.target(pair.target()));
        return new FlowDriver(mfa, phones, pair);
    }

    private FloorFlow newFloor() {
        FloorFlow flow = new FloorFlow(counted, database, Fixtures.nextPair());
        try {
            flow.seed();
        } catch (SQLException e) {
            throw new IllegalStateException("floor seed failed", e);
        }
        return flow;
    }

    private OptInRound newOptInRound() {
        String prefix = "optin-" + Fixtures.nextPair().admin().value() + "-" + ROUNDS.incrementAndGet() + "-";
        List<FlowDriver> admins = new ArrayList<>();
        for (int i = 0; i < OPT_IN_ROUND; i++) {
            UserId id = UserId.of(prefix + i);
            store.directory().save(Fixtures.optInAdmin(id));
            admins.add(new FlowDriver(mfa, phones, new Fixtures.Pair(id, id)));
        }
        return new OptInRound(prefix, admins);
    }

    /** Applies every version of the adapters' schema with Flyway, as a host does. */
    private static void migrate(DataSource dataSource, String database) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("h2".equals(database) ? JdbcMigrations.H2 : JdbcMigrations.POSTGRESQL)
                .table("mfa_override_schema_history")
                .load()
                .migrate();
    }

    /** A thread's own items, handed out in turn. */
    private static final class Ring<T> {
        private final List<T> items = new ArrayList<>();
        private int next;

        Ring(int size, Supplier<T> create) {
            for (int i = 0; i < size; i++) {
                items.add(create.get());
            }
        }

        T next() {
            T item = items.get(next);
            next = (next + 1) % items.size();
            return item;
        }
    }

    /**
     * A thread's opt-in admins: each opts in once per round; then one statement turns all their MFA off again.
     * That statement is timed, but it is one per {@value #OPT_IN_ROUND} opt-ins.
     */
    private final class OptInRound {
        private final String prefix;
        private final List<FlowDriver> admins;
        private int next;

        OptInRound(String prefix, List<FlowDriver> admins) {
            this.prefix = prefix;
            this.admins = admins;
        }

        FlowDriver next() {
            if (next == admins.size()) {
                turnMfaOff();
                next = 0;
            }
            return admins.get(next++);
        }

        private void turnMfaOff() {
            try (Connection connection = counted.getConnection();
                    PreparedStatement update = connection.prepareStatement(MFA_OFF)) {
                update.setString(1, prefix + "%");
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("turning MFA off failed", e);
            }
        }
    }
}
