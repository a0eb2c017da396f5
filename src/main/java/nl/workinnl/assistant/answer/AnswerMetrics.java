package nl.workinnl.assistant.answer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What operators watch of the answering: questions by channel, language, kind and whether they
 * were answered, and the pipeline's latency as a histogram. No text of a question is recorded.
 */
public final class AnswerMetrics {

    /** Where a question came from. */
    public enum Channel { API, TELEGRAM }

    private final MeterRegistry registry;
    /** Built once per channel: the latency is recorded on every question. */
    private final Map<Channel, Timer> latency = new EnumMap<>(Channel.class);

    public AnswerMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Channel channel : Channel.values()) {
            latency.put(channel, Timer.builder("assistant.answer.latency").description("The answering pipeline, per question")
                    .tag("channel", channel.name().toLowerCase()).register(registry));
        }
    }

    /** Runs the pipeline for one question and records it. */
    public Answer record(Channel channel, Supplier<Answer> pipeline) {
        Timer.Sample sample = Timer.start(registry);
        Answer answer = pipeline.get();
        sample.stop(latency.get(channel));
        Counter.builder("assistant.questions").description("Questions answered or declined")
                .tag("channel", channel.name().toLowerCase())
                .tag("language", answer.language().code())
                .tag("kind", answer.kindName())
                .tag("answered", Boolean.toString(answer.answered()))
                .register(registry).increment();
        return answer;
    }
}
