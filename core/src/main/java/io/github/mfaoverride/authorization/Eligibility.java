package io.github.mfaoverride.authorization;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether an admin may change a target's MFA phone number, and if not, every reason why.
 *
 * @param reasons every reason that applies; empty when the change is allowed; unmodifiable
 */
public record Eligibility(Set<Ineligibility> reasons) {

    /** Copies the reasons into an unmodifiable set. */
    public Eligibility {
        reasons = reasons.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }

    /**
     * Returns the eligibility of an allowed change.
     *
     * @return no reasons
     */
    public static Eligibility eligible() {
        return new Eligibility(Set.of());
    }

    /**
     * Tells whether the change is allowed.
     *
     * @return true when there is no reason against it
     */
    public boolean isEligible() {
        return reasons.isEmpty();
    }

    /**
     * Tells a UI whether to show the edit icon next to the phone number on the User Details screen.
     *
     * @return the same as {@link #isEligible()}
     */
    public boolean showPhoneEditControl() {
        return isEligible();
    }
}
