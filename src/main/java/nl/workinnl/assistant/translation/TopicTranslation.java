package nl.workinnl.assistant.translation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import nl.workinnl.assistant.corpus.Topic;

/** A topic's translated fields, from {@code translations/<lang>/topics/<id>.yaml}. */
record TopicTranslation(
        @NotBlank String id,
        @NotBlank String title,
        @NotBlank String shortAnswer,
        @NotBlank String text,
        @NotEmpty List<@NotBlank String> keywords,
        String sourceHash) {

    TopicTranslation {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    static String fingerprint(Topic source) {
        return SourceFingerprint.ofTopic(source);
    }
}
