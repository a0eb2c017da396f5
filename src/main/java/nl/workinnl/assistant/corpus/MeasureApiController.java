package nl.workinnl.assistant.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The read-only JSON face of the corpus: measures, themes and the dashboard. */
@RestController
@RequestMapping("/api/v1")
class MeasureApiController {

    private final Corpus corpus;

    MeasureApiController(Corpus corpus) {
        this.corpus = corpus;
    }

    @GetMapping("/measures")
    List<MeasureView> measures(@RequestParam(required = false) String theme,
                               @RequestParam(required = false) String status) {
        String themeId = theme == null ? null : knownTheme(theme);
        Status wanted = status == null ? null : knownStatus(status);
        return corpus.measures().stream()
                .filter(m -> themeId == null || m.theme().equals(themeId))
                .filter(m -> wanted == null || m.status() == wanted)
                .map(m -> MeasureView.of(m, corpus))
                .toList();
    }

    @GetMapping("/measures/{id}")
    MeasureView measure(@PathVariable String id) {
        return corpus.measure(id).map(m -> MeasureView.of(m, corpus))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No measure with id '" + id + "'."));
    }

    @GetMapping("/themes")
    List<ThemeView> themes() {
        return corpus.themes().stream().map(t -> ThemeView.of(t, corpus)).toList();
    }

    @GetMapping("/overview")
    OverviewView overview() {
        return OverviewView.of(corpus);
    }

    private String knownTheme(String theme) {
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
