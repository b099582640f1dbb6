package io.github.mfaoverride.adapters.sms.smpp;

import io.github.mfaoverride.adapters.sms.AttemptOutcome;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.port.DeliveryRefusal;
import java.util.Optional;

/**
 * Maps SMPP 3.4 command statuses onto attempt outcomes. Stateless and thread-safe.
 */
final class SmppStatus {

    static final int ESME_RINVMSGLEN = 0x01;
    static final int ESME_RSYSERR = 0x08;
    static final int ESME_RINVDSTADR = 0x0B;
    static final int ESME_RINVPASWD = 0x0E;
    static final int ESME_RINVSYSID = 0x0F;
    static final int ESME_RMSGQFUL = 0x14;
    static final int ESME_RINVSRCADR = 0x0A;
    static final int ESME_RINVDSTTON = 0x50;
    static final int ESME_RINVDSTNPI = 0x51;
    static final int ESME_RTHROTTLED = 0x58;
    static final int ESME_RINVEXPIRY = 0x62;

    private SmppStatus() {
    }

    /**
     * Maps the status of a refused {@code submit_sm}. A negative response means the SMSC did not take the message,
     * so throttling, a full queue and a system error are safe to retry.
     */
    static AttemptOutcome ofSubmit(int status) {
        String detail = "submit_sm status 0x" + Integer.toHexString(status);
        return switch (status) {
            case ESME_RTHROTTLED -> new AttemptOutcome.NotProcessed("throttled: " + detail, Optional.empty());
            case ESME_RMSGQFUL -> new AttemptOutcome.NotProcessed("queue full: " + detail, Optional.empty());
            case ESME_RSYSERR -> new AttemptOutcome.NotProcessed("SMSC system error: " + detail, Optional.empty());
            case ESME_RINVDSTADR, ESME_RINVDSTTON, ESME_RINVDSTNPI -> refused(DeliveryRefusal.INVALID_NUMBER,
                    "invalid destination: " + detail);
            case ESME_RINVSRCADR, ESME_RINVMSGLEN, ESME_RINVEXPIRY -> refused(DeliveryRefusal.CONFIGURATION,
                    "rejected message settings: " + detail);
            default -> refused(DeliveryRefusal.OTHER, "refused: " + detail);
        };
    }

    /** Maps the status of a refused bind: credentials are a configuration fault, anything else may pass. */
    static AttemptOutcome ofBind(int status) {
        String detail = "bind status 0x" + Integer.toHexString(status);
        return switch (status) {
            case ESME_RINVPASWD, ESME_RINVSYSID -> refused(DeliveryRefusal.CONFIGURATION,
                    "credentials rejected: " + detail);
            default -> new AttemptOutcome.NotProcessed("bind refused: " + detail, Optional.empty());
        };
    }

    private static AttemptOutcome refused(DeliveryRefusal reason, String detail) {
        return new AttemptOutcome.Final(new DeliveryOutcome.Refused(reason, detail));
    }
}
