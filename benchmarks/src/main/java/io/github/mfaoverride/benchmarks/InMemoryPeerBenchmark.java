package io.github.mfaoverride.benchmarks;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.InMemoryOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;

/**
 * Issue a code, then verify it, in memory: our MFA opt-in (begin, then confirm with the delivered code) against
 * Spring Security's {@link InMemoryOneTimeTokenService} (generate, then consume). Instances are managed by JMH.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InMemoryPeerBenchmark {

    /** An admin about to opt in, on the in-memory adapters, per benchmark thread. */
    @State(Scope.Thread)
    public static class Ours {
        InMemoryStores stores;
        FlowDriver driver;

        /** Seeds the organizations and the admin. */
        @Setup(Level.Trial)
        public void seed() {
            stores = new InMemoryStores(Clock.systemUTC());
            driver = stores.newOptInAdmin();
        }

        /** Turns the admin's MFA off again, untimed, so the next opt-in is allowed. */
        @Setup(Level.Invocation)
        public void turnMfaOff() {
            stores.turnMfaOff(driver.admin());
        }

        /** Forgets the requests of the iteration. */
        @TearDown(Level.Iteration)
        public void forget() {
            stores.forgetRequests();
        }
    }

    /** Spring Security's in-memory token service, shared by the benchmark threads as a host would share it. */
    @State(Scope.Benchmark)
    public static class Spring {
        InMemoryOneTimeTokenService tokens;

        /** Creates the service. */
        @Setup(Level.Trial)
        public void create() {
            tokens = new InMemoryOneTimeTokenService();
        }
    }

    /**
     * Our opt-in: a code issued to the admin's number, then verified.
     *
     * @param ours the thread's admin, not null
     */
    @Benchmark
    public void oursIssueThenVerify(Ours ours) {
        ours.driver.optIn();
    }

    /**
     * Spring Security: a token generated for a user, then consumed.
     *
     * @param spring the service, not null
     * @return the consumed token
     */
    @Benchmark
    public OneTimeToken springGenerateThenConsume(Spring spring) {
        OneTimeToken token = spring.tokens.generate(new GenerateOneTimeTokenRequest("admin"));
        return spring.tokens.consume(new OneTimeTokenAuthenticationToken(token.getTokenValue()));
    }
}
