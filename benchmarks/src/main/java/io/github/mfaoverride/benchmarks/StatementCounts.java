package io.github.mfaoverride.benchmarks;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;

/**
 * Counts the statements and transactions one operation sends to the database, by running a few operations of
 * each kind through a {@link CountingDataSource}. Counts do not depend on timing, so this runs outside JMH.
 */
final class StatementCounts {

    private static final int OPERATIONS = 50;

    private StatementCounts() {
    }

    /**
     * What one operation costs in round trips.
     *
     * @param operation what was counted
     * @param database {@code h2} or {@code postgres}
     * @param statements statements per operation
     * @param transactions transactions per operation
     */
    record Count(String operation, String database, double statements, double transactions) {
    }

    static List<Count> measure(String database) throws Exception {
        List<Count> counts = new ArrayList<>();
        CountingDataSource[] counting = new CountingDataSource[1];
        try (JdbcWorld world = new JdbcWorld(database,
                pool -> (counting[0] = new CountingDataSource(pool)).dataSource())) {
            CountingDataSource counter = counting[0];
            counts.add(count("ours: one phone change", database, counter, () -> world.phoneChange().fullFlow()));
            counts.add(count("floor: one phone change", database, counter, () -> world.floor().run()));
            counts.add(count("ours: issue then verify (MFA opt-in)", database, counter,
                    () -> world.nextOptIn().optIn()));
            JdbcOneTimeTokenService spring = new JdbcOneTimeTokenService(new JdbcTemplate(counter.dataSource()));
            try {
                counts.add(count("Spring Security: generate then consume", database, counter, () -> {
                    OneTimeToken token = spring.generate(new GenerateOneTimeTokenRequest("admin"));
                    spring.consume(new OneTimeTokenAuthenticationToken(token.getTokenValue()));
                }));
            } finally {
                spring.destroy();
            }
        }
        return counts;
    }

    private static Count count(String operation, String database, CountingDataSource counting, Operation once)
            throws Exception {
        once.run();
        counting.reset();
        for (int i = 0; i < OPERATIONS; i++) {
            once.run();
        }
        if (counting.rollbacks() > 0) {
            throw new IllegalStateException(operation + " rolled back " + counting.rollbacks() + " times");
        }
        return new Count(operation, database, (double) counting.statements() / OPERATIONS,
                (double) counting.transactions() / OPERATIONS);
    }

    /** One operation to count. */
    @FunctionalInterface
    private interface Operation {
        void run() throws SQLException;
    }
}
