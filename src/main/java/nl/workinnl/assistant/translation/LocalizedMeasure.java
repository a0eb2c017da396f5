package nl.workinnl.assistant.translation;

import java.util.List;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.language.Language;

/**
 * A measure in one language. {@code translated} is false when the Dutch text stands in for a
 * missing or stale translation; callers then say so to the user.
 */
public record LocalizedMeasure(Measure source, Language language, boolean translated, String title, String shortAnswer, String summary,
                               String forYou, List<String> keyFacts, List<String> keywords, String statusLabel) {

    public String id() {
        return source.id();
    }

    public String theme() {
        return source.theme();
    }

    public Status status() {
        return source.status();
    }

    public String statusDate() {
        return source.statusDate();
    }
}
