package nl.workinnl.assistant.corpus;

import java.util.List;

/** A measure as the JSON API shows it, with its status label and the address of its page. */
record MeasureView(String id, String theme, String number, String title, Status status, String statusLabel,
                   String statusDate, String summary, String forYou, String officialText, List<String> keyFacts,
                   List<String> related, String source, String url) {

    static MeasureView of(Measure m, Corpus corpus) {
        String source = corpus.catalogue().source(m.source()).map(Catalogue.Source::title).orElse(m.source());
        return new MeasureView(m.id(), m.theme(), m.number(), m.title(), m.status(), corpus.statusLabel(m.status()),
                m.statusDate(), m.summary(), m.forYou(), m.officialText(), m.keyFacts(), m.related(), source,
                MeasureLinks.page(m.id(), "nl"));
    }
}
