package io.github.mfaoverride.adapters.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.DeliveryOutcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A code delivery that keeps every message instead of sending it: the phone of tests and demos.
 *
 * <p>By default every message is accepted. {@link #scriptNext} queues the outcomes of the next deliveries, to
 * play a provider that refuses or fails. An optional listener sees each accepted message, as a demo's simulated
 * phone screen does. Messages hold codes: keep an outbox out of production. Thread-safe.
 */
public final class InMemoryCodeOutbox implements CodeDelivery {

    private final List<CodeMessage> delivered = new ArrayList<>();
    private final Deque<DeliveryOutcome> scripted = new ArrayDeque<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Consumer<CodeMessage> listener;

    /** Creates an outbox that accepts every message silently. */
    public InMemoryCodeOutbox() {
        this(message -> { });
    }

    /**
     * Creates an outbox that hands each accepted message to a listener.
     *
     * @param listener called once per accepted message, not null
     */
    public InMemoryCodeOutbox(Consumer<CodeMessage> listener) {
        this.listener = requireNonNull(listener, "listener cannot be null");
    }

    /**
     * Queues the outcomes of the next deliveries, in order; once they are used up, messages are accepted again.
     *
     * @param outcomes the outcomes, not null
     * @return this outbox
     */
    public synchronized InMemoryCodeOutbox scriptNext(DeliveryOutcome... outcomes) {
        for (DeliveryOutcome outcome : outcomes) {
            scripted.addLast(requireNonNull(outcome, "outcome cannot be null"));
        }
        return this;
    }

    @Override
    public DeliveryOutcome deliver(CodeMessage message) {
        requireNonNull(message, "message cannot be null");
        DeliveryOutcome outcome;
        synchronized (this) {
            outcome = scripted.isEmpty()
                    ? new DeliveryOutcome.Accepted("outbox", "outbox-" + sequence.incrementAndGet())
                    : scripted.removeFirst();
            if (outcome instanceof DeliveryOutcome.Accepted) {
                delivered.add(message);
            }
        }
        if (outcome instanceof DeliveryOutcome.Accepted) {
            listener.accept(message);
        }
        return outcome;
    }

    /**
     * Returns every accepted message, oldest first.
     *
     * @return a snapshot, never null
     */
    public synchronized List<CodeMessage> delivered() {
        return List.copyOf(delivered);
    }

    /**
     * Returns the last accepted message to a number.
     *
     * @param to the number, not null
     * @return the message, or empty when none went there
     */
    public synchronized Optional<CodeMessage> lastTo(PhoneNumber to) {
        requireNonNull(to, "to cannot be null");
        for (int i = delivered.size() - 1; i >= 0; i--) {
            if (delivered.get(i).destination().equals(to)) {
                return Optional.of(delivered.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Forgets every message, as a new test would want.
     */
    public synchronized void clear() {
        delivered.clear();
        scripted.clear();
    }
}
