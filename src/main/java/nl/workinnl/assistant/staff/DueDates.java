package nl.workinnl.assistant.staff;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.translation.LocalizedMeasure;
import nl.workinnl.assistant.translation.Messages;
import nl.workinnl.assistant.translation.Translations;

/**
 * "Which measures have something planned for 1 January 2027?", "what is due in 2026?": the measures
 * whose key facts the overview dates in that period, each with those facts in the language asked.
 * Only the dates the key facts' labels give count; nothing is inferred from the rest of the text.
 */
public final class DueDates {

    private final Translations translations;
    private final Messages messages;
    private final Corpus corpus;
    /** Per measure id, the index of each dated key fact and its date, read once from the Dutch labels. */
    private final Map<String, List<Map.Entry<Integer, Period.FactDate>>> dated = new HashMap<>();

    public DueDates(Translations translations) {
        this.translations = translations;
        this.messages = translations.messages();
        this.corpus = translations.corpus();
        DatesInText dates = DatesInText.forLabels();
        for (Measure m : corpus.measures()) {
            List<Map.Entry<Integer, Period.FactDate>> facts = new ArrayList<>();
            for (int i = 0; i < m.keyFacts().size(); i++) {
                int index = i;
                dates.ofLabel(m.keyFacts().get(i)).ifPresent(d -> facts.add(Map.entry(index, d)));
            }
            dated.put(m.id(), List.copyOf(facts));
        }
    }

    /** The measures of the query's statuses and themes with a key fact dated in its period, in the overview's order. */
    public LinedAnswer answer(StaffQuery query, Language language) {
        Period period = query.period().orElseThrow(() -> new IllegalArgumentException("a dated query without its period: " + query));
        List<LinedAnswer.Line> lines = new ArrayList<>();
        for (Measure m : corpus.measures()) {
            if (!query.matches(m.status()) || !query.inThemes(m.theme())) {
                continue;
            }
            LocalizedMeasure lm = translations.measure(m, language);
            List<String> facts = dated.getOrDefault(m.id(), List.of()).stream().filter(e -> period.holds(e.getValue()))
                    .map(e -> factIn(lm, m, e.getKey())).toList();
            if (!facts.isEmpty()) {
                lines.add(new LinedAnswer.Line(lm, messages.format(language, "dated.line",
                        Map.of("title", lm.title(), "status", lm.statusLabel(), "facts", String.join("; ", facts)))));
            }
        }
        Map<String, Object> args = new HashMap<>();
        args.put("precision", period.precision().name().toLowerCase(java.util.Locale.ROOT));
        args.put("year", String.valueOf(period.year()));
        args.put("date", Date.from(LocalDate.of(period.year(), Math.max(1, period.month()), Math.max(1, period.day()))
                .atTime(12, 0).toInstant(ZoneOffset.UTC)));
        args.put("count", lines.size());
        return new LinedAnswer(messages.format(language, "dated.lead", args), lines,
                lines.isEmpty() ? Optional.of(messages.text(language, "dated.none")) : Optional.empty());
    }

    /** The key fact in the language asked; the Dutch one where the translation has fewer lines (stale). */
    private static String factIn(LocalizedMeasure localized, Measure measure, int index) {
        return index < localized.keyFacts().size() ? localized.keyFacts().get(index) : measure.keyFacts().get(index);
    }
}
