package io.github.mfaoverride.benchmarks;

import io.github.mfaoverride.workflow.RequestId;
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

/**
 * The phone-change flow on the in-memory adapters: the complete flow, and each of its four steps alone.
 *
 * <p>A step alone is measured by preparing the steps before it in an untimed per-invocation setup; JMH then
 * times only the step. Requests are forgotten after each iteration, so the map does not grow over the run.
 * Instances are managed by JMH.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InMemoryFlowBenchmark {

    /** One admin and one user on the in-memory adapters, per benchmark thread. */
    @State(Scope.Thread)
    public static class World {
        InMemoryStores stores;
        FlowDriver driver;

        /** Seeds the organizations, the admin and the user. */
        @Setup(Level.Trial)
        public void seed() {
            stores = new InMemoryStores(Clock.systemUTC());
            driver = stores.newPair();
        }

        /** Forgets the requests of the iteration. */
        @TearDown(Level.Iteration)
        public void forget() {
            stores.forgetRequests();
        }
    }

    /** A world that remembers what a timed begin opened, to cancel it, untimed, before the next begin. */
    @State(Scope.Thread)
    public static class Begun extends World {
        RequestId id;

        /** Cancels the request the last begin opened. */
        @TearDown(Level.Invocation)
        public void cancel() {
            driver.cancel(id);
        }
    }

    /** A world with a request begun, untimed, whose step-up is next. */
    @State(Scope.Thread)
    public static class AwaitingStepUp extends World {
        RequestId id;

        /** Begins a request. */
        @Setup(Level.Invocation)
        public void begin() {
            id = driver.begin();
        }
    }

    /** A world with a request begun and stepped up, untimed, whose code is to be sent next. */
    @State(Scope.Thread)
    public static class AwaitingSend extends World {
        RequestId id;
        String proof;

        /** Begins a request and passes its step-up. */
        @Setup(Level.Invocation)
        public void prepare() {
            id = driver.begin();
            proof = driver.stepUp(id);
        }
    }

    /** A world with a request whose code was sent, untimed, to be verified next. */
    @State(Scope.Thread)
    public static class AwaitingVerify extends World {
        RequestId id;
        String proof;

        /** Begins a request, passes its step-up and sends its code. */
        @Setup(Level.Invocation)
        public void prepare() {
            id = driver.begin();
            proof = driver.stepUp(id);
            driver.send(id, proof);
        }
    }

    /**
     * Begin, step-up, send and verify.
     *
     * @param world the thread's world, not null
     */
    @Benchmark
    public void fullFlow(World world) {
        world.driver.fullFlow();
    }

    /**
     * Begin alone.
     *
     * @param world the thread's world, where the request id is left for cancelling, not null
     */
    @Benchmark
    public void begin(Begun world) {
        world.id = world.driver.begin();
    }

    /**
     * Step-up alone.
     *
     * @param world the thread's world with a request just begun, not null
     * @return the step-up proof
     */
    @Benchmark
    public String stepUp(AwaitingStepUp world) {
        return world.driver.stepUp(world.id);
    }

    /**
     * Send code alone.
     *
     * @param world the thread's world with a request whose step-up passed, not null
     */
    @Benchmark
    public void sendCode(AwaitingSend world) {
        world.driver.send(world.id, world.proof);
    }

    /**
     * Verify code alone.
     *
     * @param world the thread's world with a request whose code was sent, not null
     */
    @Benchmark
    public void verifyCode(AwaitingVerify world) {
        world.driver.verify(world.id, world.proof);
    }
}
