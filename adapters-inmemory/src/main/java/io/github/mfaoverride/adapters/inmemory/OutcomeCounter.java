package io.github.mfaoverride.adapters.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.event.MfaEvent;
import io.github.mfaoverride.event.MfaEventListener;
import io.github.mfaoverride.outcome.RefusalReason;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * An event listener that counts events by kind and refusals by reason: the shape of a host's metrics feed
 * (one counter per name, as Micrometer or Prometheus would keep). Thread-safe and lock-free.
 */
public final class OutcomeCounter implements MfaEventListener {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void on(MfaEvent event) {
        requireNonNull(event, "event cannot be null");
        increment(event.getClass().getSimpleName());
        if (event instanceof MfaEvent.Refused refused) {
            increment("Refused." + refused.reason().name());
        }
    }

    /**
     * Returns how many events of a kind arrived.
     *
     * @param kind the event type, for example {@code MfaEvent.Completed.class}, not null
     * @return the count, zero or more
     */
    public long count(Class<? extends MfaEvent> kind) {
        return countOf(kind.getSimpleName());
    }

    /**
     * Returns how many refusals for a reason arrived.
     *
     * @param reason the reason, not null
     * @return the count, zero or more
     */
    public long refusals(RefusalReason reason) {
        return countOf("Refused." + reason.name());
    }

    /**
     * Returns every counter by name, sorted, for a report.
     *
     * @return a snapshot, never null
     */
    public Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((name, adder) -> snapshot.put(name, adder.sum()));
        return snapshot;
    }

    private long countOf(String name) {
        LongAdder adder = counts.get(name);
        return adder == null ? 0 : adder.sum();
    }

    private void increment(String name) {
        counts.computeIfAbsent(name, key -> new LongAdder()).increment();
    }
}
