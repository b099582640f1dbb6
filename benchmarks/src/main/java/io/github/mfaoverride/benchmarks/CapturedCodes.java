package io.github.mfaoverride.benchmarks;

import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.DeliveryOutcome;
import io.github.mfaoverride.workflow.RequestId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A phone for benchmarks: accepts every code and keeps it only until the flow that asked for it takes it, so
 * holding codes costs no memory over a long run (unlike the outbox of tests, which keeps every message).
 */
final class CapturedCodes implements CodeDelivery {

    private static final DeliveryOutcome.Accepted ACCEPTED = new DeliveryOutcome.Accepted("bench", "bench");

    private final Map<String, String> codesByRequest = new ConcurrentHashMap<>();

    @Override
    public DeliveryOutcome deliver(CodeMessage message) {
        codesByRequest.put(message.reference(), message.code());
        return ACCEPTED;
    }

    String take(RequestId request) {
        String code = codesByRequest.remove(request.value());
        if (code == null) {
            throw new IllegalStateException("no code was delivered for request " + request);
        }
        return code;
    }
}
