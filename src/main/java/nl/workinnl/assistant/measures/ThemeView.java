package nl.workinnl.assistant.measures;

import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.translation.LocalizedTheme;

/**
 * A theme as the JSON API shows it, in the asked language, with how many measures it holds.
 * {@code translated} speaks of the name and summary; the intro is the overview's own Dutch text in
 * every language (as a measure's official text is), which {@code introLanguage} says, so that no
 * client shows it as a translation.
 */
record ThemeView(String id, String language, boolean translated, String name, String summary, String intro,
                 String introLanguage, long measures) {

    static ThemeView of(LocalizedTheme t, long measures) {
        return new ThemeView(t.id(), t.language().code(), t.translated(), t.name(), t.summary(), t.source().intro(),
                Language.NL.code(), measures);
    }
}
