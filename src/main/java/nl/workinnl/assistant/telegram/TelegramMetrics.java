package nl.workinnl.assistant.telegram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What operators watch of the bot: updates handled (and repeats skipped), sends by outcome, and the
 * outbox's depth and the age of its oldest reply, which grow when Telegram is slow or refuses.
 */
final class TelegramMetrics {

    /** How a send ended, as Telegram answered it. */
    enum SendOutcome { OK, TOO_MANY_REQUESTS, REFUSED, FAILED }

    private final MeterRegistry registry;

    TelegramMetrics(MeterRegistry registry, Outbox outbox) {
        this.registry = registry;
        Gauge.builder("assistant.telegram.outbox.depth", outbox, Outbox::size)
                .description("Replies stored and not yet delivered").register(registry);
        Gauge.builder("assistant.telegram.outbox.age", outbox, Outbox::oldestAgeSeconds).baseUnit("seconds")
                .description("How long the oldest undelivered reply has waited").register(registry);
    }

    void update(boolean repeated) {
        Counter.builder("assistant.telegram.updates").description("Telegram updates received")
                .tag("outcome", repeated ? "repeated" : "processed").register(registry).increment();
    }

    void send(SendOutcome outcome) {
        Counter.builder("assistant.telegram.sends").description("Messages sent to Telegram, by outcome")
                .tag("outcome", outcome.name().toLowerCase()).register(registry).increment();
    }
}
