package io.github.mfaoverride.port;

import io.github.mfaoverride.domain.DeliveryMethod;
import io.github.mfaoverride.domain.PhoneNumber;

/**
 * Port that judges whether a valid number may receive verification codes: country, line type, risk.
 *
 * <p>The facade has already checked that the number is valid and reachable by the chosen method; this port adds
 * the host's policy or a provider's lookup. Implementations must be thread-safe.
 */
public interface NumberScreening {

    /**
     * Judges a number.
     *
     * @param number the number, valid, not null
     * @param method how a code would be sent, not null
     * @return accepted (possibly with a refined line type) or rejected with a reason; never null
     */
    NumberVerdict screen(PhoneNumber number, DeliveryMethod method);

    /**
     * Returns a screening that accepts every number, for hosts with no policy of their own.
     *
     * @return the screening, never null
     */
    static NumberScreening acceptAll() {
        return (number, method) -> new NumberVerdict.Accepted(number, "accept-all");
    }
}
