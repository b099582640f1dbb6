package io.github.mfaoverride.adapters.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.event.MfaEvent;
import io.github.mfaoverride.event.MfaEventListener;
import java.util.ArrayList;
import java.util.List;

/**
 * An event listener that keeps every event, in order, for tests and demos. Thread-safe.
 */
public final class InMemoryEventLog implements MfaEventListener {

    private final List<MfaEvent> events = new ArrayList<>();

    @Override
    public synchronized void on(MfaEvent event) {
        events.add(requireNonNull(event, "event cannot be null"));
    }

    /**
     * Returns every event received, oldest first.
     *
     * @return a snapshot, never null
     */
    public synchronized List<MfaEvent> events() {
        return List.copyOf(events);
    }

    /**
     * Returns the events of one kind, oldest first.
     *
     * @param kind the event type, for example {@code MfaEvent.Completed.class}, not null
     * @param <E> the event type
     * @return a snapshot, never null
     */
    public synchronized <E extends MfaEvent> List<E> eventsOf(Class<E> kind) {
        requireNonNull(kind, "kind cannot be null");
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
