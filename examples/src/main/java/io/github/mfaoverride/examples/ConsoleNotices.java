package io.github.mfaoverride.examples;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.notice.ChangeNotice;
import io.github.mfaoverride.notice.ChangeNotices;
import io.github.mfaoverride.notice.NoticeDelivery;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo's mailbox and old phone: each change notice is printed with its recipient masked, as a host's email
 * and SMS channels would deliver it. Thread-safe.
 */
final class ConsoleNotices implements ChangeNotices {

    private final PrintStream console;
    private final AtomicInteger sequence = new AtomicInteger();

    ConsoleNotices(PrintStream console) {
        this.console = requireNonNull(console, "console cannot be null");
    }

    @Override
    public NoticeDelivery deliver(ChangeNotice notice) {
        console.printf("    [%s %s] %s%n      %s%n", notice.recipient().channel(), notice.recipient().masked(),
                notice.subject(), notice.body().replace("\n", "\n      "));
        return new NoticeDelivery.Sent("console-" + sequence.incrementAndGet());
    }
}
