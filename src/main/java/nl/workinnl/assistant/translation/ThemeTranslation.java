package nl.workinnl.assistant.translation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import nl.workinnl.assistant.corpus.Theme;

/** A theme's translated fields, from {@code translations/<lang>/themes/<id>.yaml}. */
record ThemeTranslation(
        @NotBlank String id,
        @NotBlank String name,
        @NotBlank String summary,
        @NotEmpty List<@NotBlank String> keywords,
        String sourceHash) {

    ThemeTranslation {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    static String fingerprint(Theme source) {
        return SourceFingerprint.of(List.of(source.name(), source.summary()));
    }
}
