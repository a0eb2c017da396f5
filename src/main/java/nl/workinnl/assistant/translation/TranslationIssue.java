package nl.workinnl.assistant.translation;

import nl.workinnl.assistant.language.Language;

/**
 * A translation that the service cannot use and replaces by the Dutch text: missing, or made from
 * an older version of the Dutch source (stale).
 */
public record TranslationIssue(Language language, String file, Kind kind, String detail) {

    public enum Kind { MISSING, STALE }

    @Override
    public String toString() {
        return file + ": " + kind.name().toLowerCase() + (detail == null ? "" : " (" + detail + ")");
    }
}
