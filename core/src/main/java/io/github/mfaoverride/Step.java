package io.github.mfaoverride;

import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import java.time.Instant;

/**
 * One step's freshly read state: the open request, both users as they are now, and the time the step runs at.
 */
record Step(PhoneChangeRequest request, User admin, User target, Instant now) {
}
