package io.github.mfaoverride.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpuPerFlowTest {

    @Test
    void ticksOfWhenTheNameMatchesThenUserAndSystemTicksAreAdded() {
        String stat = "4242 (postgres) S 1 4242 4242 0 -1 4194560 310 0 0 0 1234 567 0 0 20 0 1 0 99 0 0";

        assertThat(CpuPerFlow.ticksOf(stat, "postgres")).isEqualTo(1234 + 567);
    }

    @Test
    void ticksOfWhenTheNameHoldsSpacesAndParenthesesThenFieldsAreCountedFromTheLastParenthesis() {
        String stat = "77 (a) b (c)) R 1 77 77 0 -1 0 0 0 0 0 11 22 0 0 20 0 1 0 5 0 0";

        assertThat(CpuPerFlow.ticksOf(stat, "a) b (c)")).isEqualTo(33);
        assertThat(CpuPerFlow.ticksOf(stat, "postgres")).isZero();
    }

    @Test
    void measureWhenRunOnH2ThenBothFlowsCompleteAndAllTheirCpuIsTheJvms() throws Exception {
        List<CpuPerFlow.Share> shares = CpuPerFlow.measure("h2", 2, Duration.ofMillis(200), Duration.ofMillis(500));

        assertThat(shares).extracting(CpuPerFlow.Share::flow).containsExactly("ours", "floor");
        assertThat(shares).allSatisfy(share -> {
            assertThat(share.flows()).isPositive();
            assertThat(share.jvmMicros()).isPositive();
            assertThat(share.serverMicros()).isZero();
            assertThat(share.threads()).isEqualTo(2);
        });
    }
}
