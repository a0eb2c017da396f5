package nl.workinnl.assistant.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every measure, theme, topic and interface text exists in every language and was translated from
 * the Dutch text as it is now. A failure names the file and the fingerprint to set after updating it.
 */
class TranslationsCompleteTest {

    @Test
    void noTranslationIsMissingOrStale() {
        Translations translations = TranslationFixture.repositoryTranslations();
        assertThat(translations.issues()).extracting(Object::toString).isEmpty();
    }

    @Test
    void theDutchStatusLabelsAreTheOverviews() {
        Translations translations = TranslationFixture.repositoryTranslations();
        for (var entry : translations.corpus().catalogue().statuses()) {
            assertThat(translations.statusLabel(entry.code(), nl.workinnl.assistant.language.Language.NL))
                    .isEqualTo(entry.label());
        }
    }
}
