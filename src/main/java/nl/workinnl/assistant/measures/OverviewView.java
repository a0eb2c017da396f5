package nl.workinnl.assistant.measures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.translation.Translations;

/** The dashboard of the overview, computed from the measure files (not copied from the catalogue). */
record OverviewView(String language, int total, String statusDate, List<StatusCount> statuses, List<ThemeCounts> themes) {

    record StatusCount(Status status, String label, long count) {}

    record ThemeCounts(String theme, String name, long total, Map<Status, Long> statuses) {}

    static OverviewView of(Translations translations, Language language) {
        Corpus corpus = translations.corpus();
        List<StatusCount> statuses = corpus.catalogue().statuses().stream()
                .map(s -> new StatusCount(s.code(), translations.statusLabel(s.code(), language), corpus.count(null, s.code())))
                .toList();
        List<ThemeCounts> themes = corpus.themes().stream().map(t -> {
            Map<Status, Long> perStatus = new LinkedHashMap<>();
            corpus.catalogue().statuses().forEach(s -> perStatus.put(s.code(), (long) corpus.count(t.id(), s.code())));
            return new ThemeCounts(t.id(), translations.theme(t, language).name(), corpus.count(t.id(), null), perStatus);
        }).toList();
        return new OverviewView(language.code(), corpus.count(null, null), corpus.catalogue().statusDate(), statuses, themes);
    }
}
