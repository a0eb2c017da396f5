package nl.workinnl.assistant.translation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import nl.workinnl.assistant.corpus.Measure;

/** A measure's translated fields, from {@code translations/<lang>/measures/<id>.yaml}. */
record MeasureTranslation(
        @NotBlank String id,
        @NotBlank String title,
        @NotBlank String shortAnswer,
        @NotBlank String summary,
        @NotBlank String forYou,
        List<@NotBlank String> keyFacts,
        @NotEmpty List<@NotBlank String> keywords,
        String sourceHash) {

    MeasureTranslation {
        keyFacts = keyFacts == null ? List.of() : List.copyOf(keyFacts);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    static String fingerprint(Measure source) {
        return SourceFingerprint.ofMeasure(source);
    }
}
