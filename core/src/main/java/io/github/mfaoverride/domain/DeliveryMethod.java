package io.github.mfaoverride.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a verification code reaches a phone.
 */
public enum DeliveryMethod {
    /** A text message; only to lines that can receive one. */
    SMS(EnumSet.of(PhoneLineType.MOBILE, PhoneLineType.FIXED_LINE_OR_MOBILE, PhoneLineType.VOIP,
            PhoneLineType.PERSONAL_NUMBER)),
    /** A phone call that reads the code out. */
    VOICE(EnumSet.of(PhoneLineType.MOBILE, PhoneLineType.FIXED_LINE, PhoneLineType.FIXED_LINE_OR_MOBILE,
            PhoneLineType.VOIP, PhoneLineType.PERSONAL_NUMBER, PhoneLineType.TOLL_FREE, PhoneLineType.UAN));

    private final Set<PhoneLineType> reachable;

    DeliveryMethod(Set<PhoneLineType> reachable) {
        this.reachable = reachable;
    }

    /**
     * Tells whether this method can deliver a code to a line of the given type.
     *
     * <p>{@link PhoneLineType#UNKNOWN} is reachable by neither: a number whose kind cannot be told is not trusted
     * to receive a code.
     *
     * @param lineType the line's type, not null
     * @return true when a code sent this way can arrive
     */
    public boolean canReach(PhoneLineType lineType) {
        return reachable.contains(lineType);
    }
}
