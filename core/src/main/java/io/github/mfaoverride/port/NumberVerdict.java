package io.github.mfaoverride.port;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.PhoneNumber;

/**
 * What a {@link NumberScreening} decided about a number.
 */
public sealed interface NumberVerdict {

    /**
     * The number may receive codes.
     *
     * @param number the number, possibly with a line type refined by a lookup, not null
     * @param source who decided, for example {@code "libphonenumber"} or {@code "twilio-lookup"}, not null
     */
    record Accepted(PhoneNumber number, String source) implements NumberVerdict {
        /** Checks that no component is null. */
        public Accepted {
            requireNonNull(number, "number cannot be null");
            requireNonNull(source, "source cannot be null");
        }
    }

    /**
     * The number must not receive codes.
     *
     * @param reason why, not null
     * @param source who decided, not null
     */
    record Rejected(NumberRejection reason, String source) implements NumberVerdict {
        /** Checks that no component is null. */
        public Rejected {
            requireNonNull(reason, "reason cannot be null");
            requireNonNull(source, "source cannot be null");
        }
    }
}
