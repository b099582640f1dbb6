package io.github.mfaoverride.stepup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.code.VerificationCodes;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.RequestId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Step-up proofs: bound to one request, admin and target, and unforgeable without the secret.
 */
class StepUpProofsTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final RequestId REQUEST = RequestId.of("r-1");
    private static final UserId ADMIN = UserId.of("admin");
    private static final UserId TARGET = UserId.of("user");
    private static final Instant PASSED_AT = Instant.parse("2026-01-05T09:00:00.123Z");

    private final StepUpProofs proofs = new StepUpProofs(new VerificationCodes(SECRET, 6, new SecureRandom()));

    @Test
    void verifyWhenTheProofIsBoundToTheSameRequestAdminAndTargetThenGivesTheIssueTime() {
        String proof = proofs.issue(REQUEST, ADMIN, TARGET, PASSED_AT);

        assertThat(proof).startsWith("v1." + PASSED_AT.toEpochMilli() + ".");
        assertThat(proofs.verify(proof, REQUEST, ADMIN, TARGET)).contains(PASSED_AT);
    }

    @Test
    void verifyWhenBoundToSomethingElseThenEmpty() {
        String proof = proofs.issue(REQUEST, ADMIN, TARGET, PASSED_AT);

        assertThat(proofs.verify(proof, RequestId.of("r-2"), ADMIN, TARGET)).isEmpty();
        assertThat(proofs.verify(proof, REQUEST, UserId.of("other-admin"), TARGET)).isEmpty();
        assertThat(proofs.verify(proof, REQUEST, ADMIN, UserId.of("other-user"))).isEmpty();
    }

    @Test
    void verifyWhenTheTimeIsChangedOrTheKeyDiffersThenEmpty() {
        String proof = proofs.issue(REQUEST, ADMIN, TARGET, PASSED_AT);
        String signature = proof.substring(proof.lastIndexOf('.'));
        byte[] otherSecret = SECRET.clone();
        otherSecret[0] ^= 1;
        StepUpProofs otherKey = new StepUpProofs(new VerificationCodes(otherSecret, 6, new SecureRandom()));

        assertThat(proofs.verify("v1." + (PASSED_AT.toEpochMilli() + 1) + signature, REQUEST, ADMIN, TARGET))
                .isEmpty();
        assertThat(otherKey.verify(proof, REQUEST, ADMIN, TARGET)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v1", "v1.", "v2.1767603600000.sig", "v1.1767603600000", "v1.abc.sig",
        "v1..sig", "v1.1767603600000.", "v1.1767603600000.sig"})
    void verifyWhenTheProofIsMalformedThenEmpty(String proof) {
        assertThat(proofs.verify(proof, REQUEST, ADMIN, TARGET)).isEmpty();
    }
}
