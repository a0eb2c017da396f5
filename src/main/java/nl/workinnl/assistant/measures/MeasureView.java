package nl.workinnl.assistant.measures;

import java.util.List;
import nl.workinnl.assistant.corpus.Catalogue;
import nl.workinnl.assistant.corpus.MeasureLinks;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.translation.LocalizedMeasure;
import nl.workinnl.assistant.translation.Translations;

/**
 * A measure as the JSON API shows it, in the asked language, with its status label and the address
 * of its page. The official text is the overview's Dutch; {@code translated} is false when the
 * Dutch text stands in for a missing translation. {@code history} is its status in each edition of
 * the overview, oldest first.
 */
record MeasureView(String id, String language, boolean translated, String theme, String number, String title,
                   Status status, String statusLabel, String statusDate, String summary, String forYou,
                   String officialText, List<String> keyFacts, List<String> related, String source, String url,
                   List<EditionStatusView> history) {

    record EditionStatusView(String edition, Status status, String statusLabel) {}

    static MeasureView of(LocalizedMeasure m, Catalogue catalogue, Translations translations) {
        String source = catalogue.source(m.source().source()).map(Catalogue.Source::title).orElse(m.source().source());
        List<EditionStatusView> history = m.source().history().stream()
                .map(h -> new EditionStatusView(h.edition(), h.status(), translations.statusLabel(h.status(), m.language())))
                .toList();
        return new MeasureView(m.id(), m.language().code(), m.translated(), m.theme(), m.source().number(), m.title(),
                m.status(), m.statusLabel(), m.statusDate(), m.summary(), m.forYou(), m.source().officialText(),
                m.keyFacts(), m.source().related(), source, MeasureLinks.page(m.id(), m.language().code()), history);
    }
}
