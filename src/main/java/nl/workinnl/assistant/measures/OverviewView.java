package nl.workinnl.assistant.measures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.translation.Translations;

/** The dashboard of the overview, computed from the measure files (not copied from the catalogue). */
record OverviewView(String language, int total, String statusDate, List<StatusCount> statuses, List<ThemeCounts> themes) {

    record StatusCount(Status status, String label, long count) {}

    record ThemeCounts(String theme, String name, long total, Map<Status, Long> statuses) {}

    static OverviewView of(Translations translations, Language language) {
        Corpus corpus = translations.corpus();
        List<Measure> all = corpus.measures();
        List<StatusCount> statuses = corpus.catalogue().statuses().stream()
                .map(s -> new StatusCount(s.code(), translations.statusLabel(s.code(), language),
                        all.stream().filter(m -> m.status() == s.code()).count()))
                .toList();
        List<ThemeCounts> themes = corpus.themes().stream().map(t -> {
            Map<Status, Long> perStatus = new LinkedHashMap<>();
            corpus.catalogue().statuses().forEach(s -> perStatus.put(s.code(),
                    all.stream().filter(m -> m.theme().equals(t.id()) && m.status() == s.code()).count()));
            long total = all.stream().filter(m -> m.theme().equals(t.id())).count();
            return new ThemeCounts(t.id(), translations.theme(t, language).name(), total, perStatus);
        }).toList();
        return new OverviewView(language.code(), all.size(), corpus.catalogue().statusDate(), statuses, themes);
    }
}
