package io.github.mfaoverride.examples;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.adapters.inmemory.InMemoryCodeOutbox;
import io.github.mfaoverride.domain.PhoneNumber;
import io.github.mfaoverride.port.CodeDelivery;
import io.github.mfaoverride.port.CodeMessage;
import io.github.mfaoverride.port.DeliveryOutcome;
import java.io.PrintStream;

/**
 * The demo's phones: every code "arrives" on the console, with the number masked and the digits hidden, and is
 * kept so that the simulated person holding that phone can read it out.
 *
 * <p>A stand-in for a real SMS or voice provider (see the adapters-sms module). Thread-safe.
 */
public final class ConsoleOutbox implements CodeDelivery {

    private final InMemoryCodeOutbox outbox;

    /**
     * Creates the outbox.
     *
     * @param console where arrivals are announced, not null
     */
    public ConsoleOutbox(PrintStream console) {
        requireNonNull(console, "console cannot be null");
        this.outbox = new InMemoryCodeOutbox(message -> console.printf(
                "    [phone %s] new %s (%s): \"Your code is %s. It expires in %d minutes.\"%n",
                message.destination(), message.method(), message.purpose(), "*".repeat(message.code().length()),
                message.validFor().toMinutes()));
    }

    @Override
    public DeliveryOutcome deliver(CodeMessage message) {
        return outbox.deliver(message);
    }

    /**
     * Plays the person holding a phone: reads the last code that reached it.
     *
     * @param phone the phone, not null
     * @return the code
     * @throws IllegalStateException when no code reached that phone
     */
    public String readLatestCodeOn(PhoneNumber phone) {
        return outbox.lastTo(phone).map(CodeMessage::code)
                .orElseThrow(() -> new IllegalStateException("no code reached " + phone));
    }
}
