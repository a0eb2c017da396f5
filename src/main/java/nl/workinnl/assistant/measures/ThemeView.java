package nl.workinnl.assistant.measures;

import nl.workinnl.assistant.translation.LocalizedTheme;

/** A theme as the JSON API shows it, in the asked language, with how many measures it holds. */
record ThemeView(String id, String language, boolean translated, String name, String summary, String intro, long measures) {

    static ThemeView of(LocalizedTheme t, long measures) {
        return new ThemeView(t.id(), t.language().code(), t.translated(), t.name(), t.summary(), t.source().intro(), measures);
    }
}
