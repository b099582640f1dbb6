package io.github.mfaoverride.event;

/**
 * Port that receives the library's domain events, for metrics, alerts or a host's own audit.
 *
 * <p>Called synchronously after each step, on the caller's thread, in the order things happened. A listener
 * should return quickly and must be thread-safe; an exception it throws is logged and ignored, so a listener can
 * never change a step's outcome.
 */
@FunctionalInterface
public interface MfaEventListener {

    /**
     * Receives one event.
     *
     * @param event the event, not null
     */
    void on(MfaEvent event);
}
