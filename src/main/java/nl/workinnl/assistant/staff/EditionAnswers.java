package nl.workinnl.assistant.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.EditionStatus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.translation.LocalizedMeasure;
import nl.workinnl.assistant.translation.Messages;
import nl.workinnl.assistant.translation.Translations;

/**
 * Answers about the editions of the monitoring overview, only from what the measures' histories
 * record: nothing is said about a time before the first recorded edition.
 */
public final class EditionAnswers {

    private final Translations translations;
    private final Messages messages;
    private final Corpus corpus;
    /** Every edition any measure has been through, oldest first. */
    private final SortedSet<String> editions = new TreeSet<>();

    public EditionAnswers(Translations translations) {
        this.translations = translations;
        this.messages = translations.messages();
        this.corpus = translations.corpus();
        corpus.measures().forEach(m -> m.history().forEach(h -> editions.add(h.edition())));
    }

    /** "Delayed since November 2026", from the first edition of the status's current uninterrupted run. */
    public String sinceWhen(LocalizedMeasure localized, Language language) {
        Measure measure = corpus.measure(localized.id()).orElseThrow();
        String since = runStart(measure);
        String key = since.equals(editions.first()) ? "edition.sinceFirst" : "edition.since";
        return messages.format(language, key, Map.of("title", localized.title(), "status", localized.statusLabel(),
                "date", Messages.month(since)));
    }

    /** The status changes between the last two recorded editions. */
    public LinedAnswer changes(Language language) {
        if (editions.size() < 2) {
            return firstEditionOnly(language);
        }
        String last = editions.last();
        String previous = editions.headSet(last).last();
        List<LinedAnswer.Line> lines = new ArrayList<>();
        for (Measure m : corpus.measures()) {
            Optional<Status> before = statusIn(m, previous);
            Optional<Status> now = statusIn(m, last);
            if (before.isPresent() && now.isPresent() && before.get() != now.get()) {
                lines.add(new LinedAnswer.Line(translations.measure(m, language), messages.format(language, "edition.changeLine",
                        Map.of("from", translations.statusLabel(before.get(), language), "to", translations.statusLabel(now.get(), language)))));
            }
        }
        Map<String, Object> args = Map.of("from", Messages.month(previous), "to", Messages.month(last), "count", lines.size());
        return lines.isEmpty()
                ? new LinedAnswer(messages.format(language, "edition.noChanges", args), List.of(), Optional.empty())
                : new LinedAnswer(messages.format(language, "edition.changes", args), lines, Optional.empty());
    }

    /**
     * The measures that got one of the asked statuses in the year of the latest edition. A status
     * already held in the first recorded edition counts for none: when it began is not recorded.
     */
    public LinedAnswer changedThisYear(StaffQuery query, Language language) {
        if (editions.size() < 2) {
            return firstEditionOnly(language);
        }
        String year = editions.last().substring(0, 4);
        List<LinedAnswer.Line> lines = new ArrayList<>();
        for (Measure m : corpus.measures()) {
            String since = runStart(m);
            if (query.matches(m.status()) && query.inThemes(m.theme()) && since.startsWith(year) && !since.equals(editions.first())) {
                LocalizedMeasure lm = translations.measure(m, language);
                lines.add(new LinedAnswer.Line(lm, messages.format(language, "edition.since", Map.of("title", lm.title(), "status", lm.statusLabel(),
                        "date", Messages.month(since)))));
            }
        }
        String status = String.join(" / ", query.statuses().stream().sorted().map(s -> translations.statusLabel(s, language)).toList());
        String lead = messages.format(language, "edition.becameThisYear", Map.of("year", year, "status", status, "count", lines.size()));
        return new LinedAnswer(lead, lines, lines.isEmpty() ? Optional.of(messages.text(language, "list.none")) : Optional.empty());
    }

    private LinedAnswer firstEditionOnly(Language language) {
        return new LinedAnswer(messages.format(language, "edition.firstOnly", Map.of("date", Messages.month(editions.last()))),
                List.of(), Optional.empty());
    }

    /** The first edition of the uninterrupted run of editions, up to the latest, with the measure's current status. */
    private static String runStart(Measure measure) {
        List<EditionStatus> history = measure.history();
        int i = history.size() - 1;
        while (i > 0 && history.get(i - 1).status() == measure.status()) {
            i--;
        }
        return history.get(i).edition();
    }

    /** The status a measure had in an edition: its latest entry up to it; empty when it did not exist yet. */
    private static Optional<Status> statusIn(Measure measure, String edition) {
        return measure.history().stream().filter(h -> h.edition().compareTo(edition) <= 0).reduce((a, b) -> b).map(EditionStatus::status);
    }
}
