package nl.workinnl.assistant.staff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.translation.LocalizedMeasure;
import nl.workinnl.assistant.translation.Messages;
import nl.workinnl.assistant.translation.Translations;

/**
 * Answers lists and counts from the corpus's structured fields, so that they are exact: the list
 * holds every matching measure and nothing else, the count is the number of them.
 */
public final class StaffAnswers {

    private final Translations translations;
    private final Messages messages;
    private final Corpus corpus;
    /** "As of November 2025" per language, formatted once: the catalogue's date is fixed for this version of the data. */
    private final Map<Language, String> asOf = new java.util.concurrent.ConcurrentHashMap<>();

    public StaffAnswers(Translations translations) {
        this.translations = translations;
        this.messages = translations.messages();
        this.corpus = translations.corpus();
    }

    public StaffAnswer list(StaffQuery query, Language language) {
        List<LocalizedMeasure> matching = matching(query, language);
        Map<String, Object> args = arguments(query, language, matching.size());
        String key = key("list", query);
        return new StaffAnswer(messages.format(language, key, args), matching, true,
                matching.isEmpty() ? java.util.Optional.of(messages.text(language, "list.none")) : java.util.Optional.empty(),
                asOf(language));
    }

    public StaffAnswer count(StaffQuery query, Language language) {
        List<LocalizedMeasure> matching = matching(query, language);
        Map<String, Object> args = arguments(query, language, matching.size());
        String key = key("count", query);
        if (key.equals("count.all")) {
            key = "count.total";
        }
        return new StaffAnswer(messages.format(language, key, args), matching, false, java.util.Optional.empty(), asOf(language));
    }

    /**
     * The theme or themes with the most or the fewest measures of the statuses asked: which they
     * are, how many each has, and their measures as a list (the query {@code winners} is that list,
     * for a follow-up to narrow).
     */
    public record ThemeRanking(String lead, List<String> counts, StaffQuery winners, StaffAnswer list) {}

    public ThemeRanking ranking(StaffQuery query, Language language) {
        Map<String, Long> perTheme = new java.util.LinkedHashMap<>();
        for (var theme : corpus.themes()) {
            if (query.inThemes(theme.id())) {
                perTheme.put(theme.id(), corpus.measures().stream()
                        .filter(m -> m.theme().equals(theme.id()) && query.matches(m.status())).count());
            }
        }
        boolean most = query.type() == StaffQuery.Type.MOST_IN_A_THEME;
        // No themes at all (themes named that the data no longer has, after a reload): nothing is ranked.
        java.util.LongSummaryStatistics spread = perTheme.values().stream().mapToLong(Long::longValue).summaryStatistics();
        long target = most ? spread.getMax() : spread.getMin();
        List<String> themes = perTheme.entrySet().stream().filter(e -> e.getValue() == target).map(Map.Entry::getKey).toList();
        StaffQuery winners = new StaffQuery(StaffQuery.Type.LIST, query.statuses(), query.excluded(), java.util.Set.copyOf(themes), "");
        String names = String.join(" / ", corpus.themes().stream().filter(t -> themes.contains(t.id()))
                .map(t -> translations.theme(t, language).name()).toList());
        String lead = messages.format(language, most ? "ranking.most" : "ranking.fewest",
                Map.of("tie", themes.size() > 1 ? "yes" : "no", "theme", names));
        // Themes compared ("has work more than housing?") each get their number, the most first.
        List<String> counted = query.themes().isEmpty() ? themes : perTheme.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        List<String> counts = counted.stream()
                .map(t -> count(new StaffQuery(StaffQuery.Type.COUNT, query.statuses(), query.excluded(), java.util.Set.of(t), ""), language).heading())
                .toList();
        return new ThemeRanking(lead, counts, winners, list(winners, language));
    }

    /** "As of November 2025": the date of the statuses a list or count is made of. */
    public String asOf(Language language) {
        return asOf.computeIfAbsent(language,
                l -> messages.format(l, "count.asOf", Map.of("date", Messages.month(corpus.catalogue().statusDate()))));
    }

    /** The ids of the measures a list or count holds, in the order it shows them; nothing translated or said. */
    public List<String> measureIds(StaffQuery query) {
        return held(query).map(Measure::id).toList();
    }

    private List<LocalizedMeasure> matching(StaffQuery query, Language language) {
        return held(query).map(m -> translations.measure(m, language)).toList();
    }

    private Stream<Measure> held(StaffQuery query) {
        return corpus.measures().stream().filter(m -> query.matches(m.status())).filter(m -> query.inThemes(m.theme()));
    }

    private static String key(String prefix, StaffQuery query) {
        if (query.statuses().isEmpty() && !query.excluded().isEmpty()) {
            // "not completed": the measures without a status, not "all measures".
            return prefix + (query.themes().isEmpty() ? ".withoutStatus" : ".withoutStatusInTheme");
        }
        if (!query.statuses().isEmpty() && !query.themes().isEmpty()) {
            return prefix + ".withStatusInTheme";
        }
        if (!query.statuses().isEmpty()) {
            return prefix + ".withStatus";
        }
        if (!query.themes().isEmpty()) {
            return prefix + ".inTheme";
        }
        return prefix + ".all";
    }

    private Map<String, Object> arguments(StaffQuery query, Language language, int count) {
        Map<String, Object> args = new HashMap<>();
        args.put("count", count);
        if (!query.statuses().isEmpty()) {
            args.put("status", String.join(" / ", query.statuses().stream().sorted()
                    .map(s -> translations.statusLabel(s, language)).toList()));
        }
        if (!query.excluded().isEmpty()) {
            args.put("excluded", String.join(" / ", query.excluded().stream().sorted()
                    .map(s -> translations.statusLabel(s, language)).toList()));
        }
        if (!query.themes().isEmpty()) {
            // In the overview's order, so that the same question always reads the same.
            args.put("theme", String.join(" / ", corpus.themes().stream().filter(t -> query.themes().contains(t.id()))
                    .map(t -> translations.theme(t, language).name()).toList()));
        }
        return args;
    }

    public String statusOf(LocalizedMeasure m, Language language) {
        return messages.format(language, "statusOf", Map.of("title", m.title(), "status", m.statusLabel(),
                "date", Messages.month(m.statusDate())));
    }
}
