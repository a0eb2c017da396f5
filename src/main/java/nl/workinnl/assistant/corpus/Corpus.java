package nl.workinnl.assistant.corpus;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The validated Dutch corpus: measures, themes, topics and the catalogue. Immutable; measures come
 * in the overview's order (theme order of the catalogue, then number).
 */
public final class Corpus {

    private final Catalogue catalogue;
    private final Map<String, Theme> themes;
    private final Map<String, Measure> measures;
    private final Map<String, Topic> topics;
    // The dashboard's figures, counted once, keyed "theme/STATUS" with "*" for any theme or status.
    private final Map<String, Integer> counts = new java.util.HashMap<>();

    Corpus(Catalogue catalogue, List<Theme> themes, List<Measure> measures, List<Topic> topics) {
        this.catalogue = catalogue;
        List<String> themeOrder = catalogue.themes().stream().map(Catalogue.ThemeEntry::id).toList();
        this.themes = themes.stream()
                .sorted(Comparator.comparingInt(t -> themeOrder.indexOf(t.id())))
                .collect(toOrderedMap(Theme::id));
        this.measures = measures.stream()
                .sorted(Comparator.<Measure>comparingInt(m -> themeOrder.indexOf(m.theme()))
                        .thenComparing(m -> m.number(), NUMBER_ORDER))
                .collect(toOrderedMap(Measure::id));
        this.topics = topics.stream().collect(toOrderedMap(Topic::id));
        for (Measure m : this.measures.values()) {
            for (String theme : new String[] {m.theme(), "*"}) {
                for (String status : new String[] {m.status().name(), "*"}) {
                    counts.merge(theme + "/" + status, 1, Integer::sum);
                }
            }
        }
    }

    /** How many measures have the theme and the status; {@code null} for either means any. */
    public int count(String themeId, Status status) {
        return counts.getOrDefault((themeId == null ? "*" : themeId) + "/" + (status == null ? "*" : status.name()), 0);
    }

    /** "2" before "2a" before "10": numbers as numbers, then the letter. */
    private static final Comparator<String> NUMBER_ORDER = Comparator
            .<String>comparingInt(n -> Integer.parseInt(n.replaceAll("[^0-9]", "")))
            .thenComparing(Function.identity());

    private static <T> java.util.stream.Collector<T, ?, Map<String, T>> toOrderedMap(Function<T, String> key) {
        return Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public List<Measure> measures() {
        return List.copyOf(measures.values());
    }

    public java.util.Set<String> measureIds() {
        return measures().stream().map(Measure::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public Optional<Measure> measure(String id) {
        return Optional.ofNullable(measures.get(id));
    }

    public List<Theme> themes() {
        return List.copyOf(themes.values());
    }

    public Optional<Theme> theme(String id) {
        return Optional.ofNullable(themes.get(id));
    }

    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    public String statusLabel(Status status) {
        return catalogue.label(status);
    }
}
