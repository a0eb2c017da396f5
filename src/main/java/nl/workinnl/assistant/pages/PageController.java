package nl.workinnl.assistant.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.corpus.Catalogue;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.MeasureLinks;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.corpus.Theme;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.knowledge.KnowledgeVersion;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.telegram.TelegramFollowLinks;
import nl.workinnl.assistant.translation.LocalizedMeasure;
import nl.workinnl.assistant.translation.Messages;
import nl.workinnl.assistant.translation.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The readable pages: one per measure in each language (where answers link to), the overview with
 * the dashboard drawn as a chart, and the demo page that embeds the widget as the Work in NL site would.
 */
@Controller
class PageController {

    private final CurrentKnowledge knowledge;
    private final TelegramFollowLinks follow;

    PageController(CurrentKnowledge knowledge, TelegramFollowLinks follow) {
        this.knowledge = knowledge;
        this.follow = follow;
    }

    /** A page's words in its language. */
    record Texts(Language language, Messages messages) {
        public String get(String key) {
            return messages.text(language, key);
        }
    }

    record MeasureLink(String id, String title, Status status, String statusLabel, String url) {}

    record ThemeSection(String id, String name, String summary, List<MeasureLink> measures) {}

    /**
     * One theme in the chart: its segments, where its total is written (just past its end), and its
     * count for every status in the overview's order (for the table).
     */
    record Bar(String theme, String name, int total, List<Segment> segments, List<Cell> cells, String end) {}

    /**
     * A status's part of a bar. Positions are percentages of the chart's width, so the chart is
     * laid out in the page's own pixels: its text keeps its size on a phone instead of being scaled
     * down with a drawing made for a wide screen.
     */
    record Segment(Status status, String label, int count, String x, String width, String middle) {}

    /** A figure of the table, with the status it counts (written beside it on a phone). */
    record Cell(String label, int count) {}

    /** A status in the legend: its colour and pattern, its name and how many measures have it. */
    record LegendEntry(Status status, String label, int count) {}

    record LanguageLink(String code, String name, String url, boolean current) {}

    @GetMapping("/")
    String demo() {
        return "demo";
    }

    @GetMapping("/{lang}/measures")
    String overview(@PathVariable String lang, Model model) {
        Language language = language(lang);
        KnowledgeVersion version = knowledge.get();
        Translations translations = version.translations();
        Corpus corpus = version.corpus();
        Messages messages = version.messages();
        List<ThemeSection> sections = new ArrayList<>();
        for (Theme t : corpus.themes()) {
            List<MeasureLink> links = corpus.measures().stream().filter(m -> m.theme().equals(t.id()))
                    .map(m -> link(translations, m, language)).toList();
            var lt = translations.theme(t, language);
            sections.add(new ThemeSection(t.id(), lt.name(), lt.summary(), links));
        }
        common(model, version, language, "/measures");
        model.addAttribute("sections", sections);
        model.addAttribute("bars", bars(translations, language));
        model.addAttribute("legend", corpus.catalogue().statuses().stream()
                .map(s -> new LegendEntry(s.code(), translations.statusLabel(s.code(), language), corpus.count(null, s.code()))).toList());
        model.addAttribute("total", corpus.measures().size());
        model.addAttribute("asOf", messages.format(language, "count.asOf", Map.of("date", Messages.month(corpus.catalogue().statusDate()))));
        return "overview";
    }

    @GetMapping("/{lang}/measures/{id}")
    String measure(@PathVariable String lang, @PathVariable String id, Model model) {
        Language language = language(lang);
        KnowledgeVersion version = knowledge.get();
        Translations translations = version.translations();
        Corpus corpus = version.corpus();
        Messages messages = version.messages();
        Measure measure = corpus.measure(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No measure " + id));
        LocalizedMeasure m = translations.measure(measure, language);
        common(model, version, language, "/measures/" + id);
        model.addAttribute("m", m);
        model.addAttribute("themeName", translations.theme(corpus.theme(measure.theme()).orElseThrow(), language).name());
        // The badge says the status; beside it only its date, not a sentence saying the status again.
        model.addAttribute("statusDate", Messages.monthName(language, m.statusDate()));
        model.addAttribute("official", OfficialText.blocks(measure.officialText()));
        model.addAttribute("history", measure.history().stream().map(h -> messages.format(language, "page.historyEntry",
                Map.of("date", Messages.month(h.edition()), "status", translations.statusLabel(h.status(), language)))).toList());
        model.addAttribute("related", measure.related().stream().map(r -> link(translations, corpus.measure(r).orElseThrow(), language)).toList());
        model.addAttribute("source", corpus.catalogue().source(measure.source()).map(Catalogue.Source::title).orElse(""));
        // Following is the bot's: offered only when the bot's username is known.
        model.addAttribute("followUrl", follow.followMeasure(measure.id()).orElse(null));
        return "measure";
    }

    private static void common(Model model, KnowledgeVersion version, Language language, String path) {
        model.addAttribute("lang", language.code());
        model.addAttribute("t", new Texts(language, version.messages()));
        model.addAttribute("dataVersion", version.messages().format(language, "page.dataVersion",
                Map.of("edition", Messages.month(version.version().edition()), "hash", version.version().hash())));
        model.addAttribute("overviewUrl", "/" + language.code() + "/measures");
        List<LanguageLink> languages = new ArrayList<>();
        for (Language l : Language.values()) {
            languages.add(new LanguageLink(l.code(), l.nativeName(), "/" + l.code() + path, l == language));
        }
        model.addAttribute("languages", languages);
    }

    /** The share of the chart's width the longest bar takes: the rest holds the total written beside it. */
    private static final double LONGEST_BAR = 86;

    private static List<Bar> bars(Translations translations, Language language) {
        Corpus corpus = translations.corpus();
        int longest = corpus.themes().stream().mapToInt(t -> corpus.count(t.id(), null)).max().orElse(1);
        double unit = LONGEST_BAR / Math.max(1, longest);
        List<Bar> bars = new ArrayList<>();
        for (Theme t : corpus.themes()) {
            List<Segment> segments = new ArrayList<>();
            List<Cell> cells = new ArrayList<>();
            int total = 0;
            for (var s : corpus.catalogue().statuses()) {
                int count = corpus.count(t.id(), s.code());
                String label = translations.statusLabel(s.code(), language);
                cells.add(new Cell(label, count));
                if (count > 0) {
                    segments.add(new Segment(s.code(), label, count, percent(total * unit), percent(count * unit),
                            percent((total + count / 2.0) * unit)));
                    total += count;
                }
            }
            bars.add(new Bar(t.id(), translations.theme(t, language).name(), total, segments, cells, percent(total * unit)));
        }
        return bars;
    }

    private static String percent(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f%%", value);
    }

    private static MeasureLink link(Translations translations, Measure m, Language language) {
        LocalizedMeasure lm = translations.measure(m, language);
        return new MeasureLink(m.id(), lm.title(), m.status(), lm.statusLabel(), MeasureLinks.page(m.id(), language.code()));
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).filter(l -> l.code().equals(lang))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No pages in '" + lang + "'"));
    }
}
