package nl.workinnl.assistant.measures;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.corpus.Theme;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.knowledge.KnowledgeVersion;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.translation.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The read-only JSON face of the corpus: measures, themes and the dashboard, in any of the five languages. */
@RestController
@RequestMapping("/api/v1")
class MeasureApiController {

    private final CurrentKnowledge knowledge;

    MeasureApiController(CurrentKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping("/measures")
    List<MeasureView> measures(@RequestParam(required = false) String theme,
                               @RequestParam(required = false) String status,
                               @RequestParam(required = false) String lang) {
        Language language = language(lang);
        KnowledgeVersion version = knowledge.get();
        Corpus corpus = version.corpus();
        Translations translations = version.translations();
        String themeId = theme == null ? null : knownTheme(corpus, theme);
        Status wanted = status == null ? null : knownStatus(status);
        return corpus.measures().stream()
                .filter(m -> themeId == null || m.theme().equals(themeId))
                .filter(m -> wanted == null || m.status() == wanted)
                .map(m -> MeasureView.of(translations.measure(m, language), corpus.catalogue(), translations))
                .toList();
    }

    @GetMapping("/measures/{id}")
    MeasureView measure(@PathVariable String id, @RequestParam(required = false) String lang) {
        Language language = language(lang);
        KnowledgeVersion version = knowledge.get();
        Corpus corpus = version.corpus();
        Translations translations = version.translations();
        return corpus.measure(id).map(m -> MeasureView.of(translations.measure(m, language), corpus.catalogue(), translations))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No measure with id '" + id + "'."));
    }

    @GetMapping("/themes")
    List<ThemeView> themes(@RequestParam(required = false) String lang) {
        Language language = language(lang);
        KnowledgeVersion version = knowledge.get();
        Corpus corpus = version.corpus();
        Translations translations = version.translations();
        return corpus.themes().stream()
                .map(t -> ThemeView.of(translations.theme(t, language), corpus.count(t.id(), null)))
                .toList();
    }

    @GetMapping("/overview")
    OverviewView overview(@RequestParam(required = false) String lang) {
        return OverviewView.of(knowledge.get().translations(), language(lang));
    }

    private static Language language(String lang) {
        if (lang == null) {
            return Language.NL;
        }
        return Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "Unknown language '" + lang + "'; known languages are " + Language.codes() + "."));
    }

    private static String knownTheme(Corpus corpus, String theme) {
        return corpus.theme(theme.trim().toLowerCase(Locale.ROOT)).map(Theme::id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown theme '" + theme + "'; known themes are "
                        + corpus.themes().stream().map(Theme::id).toList() + "."));
    }

    private static Status knownStatus(String status) {
        try {
            return Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown status '" + status + "'; known statuses are "
                    + Arrays.toString(Status.values()) + ".");
        }
    }
}
