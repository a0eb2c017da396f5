package nl.workinnl.assistant.edition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.workinnl.assistant.corpus.Catalogue;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.corpus.Theme;

/** The words the overview is read with, taken from the corpus: theme headings and status labels. */
record OverviewVocabulary(Map<String, String> themeByHeading, Map<String, Status> statusByLabel) {

    static OverviewVocabulary of(List<Theme> themes, Catalogue catalogue) {
        Map<String, String> headings = new LinkedHashMap<>();
        for (Theme theme : themes) {
            headings.put(key(theme.name()), theme.id());
            theme.otherNames().forEach(name -> headings.put(key(name), theme.id()));
        }
        Map<String, Status> labels = new LinkedHashMap<>();
        catalogue.statuses().forEach(s -> labels.put(key(s.label()), s.code()));
        return new OverviewVocabulary(Map.copyOf(headings), Map.copyOf(labels));
    }

    Optional<String> theme(String heading) {
        return Optional.ofNullable(themeByHeading.get(key(heading)));
    }

    Optional<Status> status(String label) {
        return Optional.ofNullable(statusByLabel.get(key(label)));
    }

    List<String> labels() {
        return statusByLabel.keySet().stream().sorted().toList();
    }

    List<String> headings() {
        return themeByHeading.keySet().stream().sorted().toList();
    }

    // Headings and labels differ in case and spacing between copies ("Zorg en Welzijn").
    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").replaceAll("[.:]$", "").toLowerCase(Locale.ROOT);
    }
}
