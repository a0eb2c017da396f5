package nl.workinnl.assistant.translation;

import java.util.List;
import nl.workinnl.assistant.corpus.Topic;
import nl.workinnl.assistant.language.Language;

/** A topic in one language; {@code translated} is false when the Dutch text stands in. */
public record LocalizedTopic(Topic source, Language language, boolean translated, String title, String shortAnswer, String text,
                             List<String> keywords) {

    public String id() {
        return source.id();
    }
}
