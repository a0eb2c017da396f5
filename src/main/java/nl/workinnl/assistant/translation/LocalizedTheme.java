package nl.workinnl.assistant.translation;

import java.util.List;
import nl.workinnl.assistant.corpus.Theme;
import nl.workinnl.assistant.language.Language;

/** A theme in one language; {@code translated} is false when the Dutch text stands in. */
public record LocalizedTheme(Theme source, Language language, boolean translated, String name, String summary,
                             List<String> keywords) {

    public String id() {
        return source.id();
    }
}
