package nl.workinnl.assistant.staffarea;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.MeasureLinks;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.translation.LocalizedMeasure;
import nl.workinnl.assistant.telegram.TelegramFollowLinks;
import nl.workinnl.assistant.translation.Translations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The information-point tools: the measures filtered by theme, status and language, to print or
 * export, each with the links a staff member hands a client (the page in the client's language,
 * shared through Telegram or opened in the bot).
 */
@Controller
class StaffMeasuresController {

    /** One measure as the list shows it, in the chosen language. */
    record Row(String id, String theme, String themeName, Status status, String statusLabel, String statusDate, String title,
               String pageUrl, String telegramShare, String botLink) {}

    record Filter(Optional<String> theme, Optional<Status> status, Language language) {}

    private final CurrentKnowledge knowledge;
    private final String publicUrl;
    /** The bot's username (telegram.bot-username), validated once for the pages and the widget too. */
    private final String botUsername;

    StaffMeasuresController(CurrentKnowledge knowledge, @Value("${assistant.public-url}") String publicUrl, TelegramFollowLinks bot) {
        this.knowledge = knowledge;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.botUsername = bot.botUsername().orElse("");
    }

    @GetMapping("/staff/measures")
    String page(@RequestParam(required = false) String theme, @RequestParam(required = false) String status,
                @RequestParam(required = false) String lang, Authentication user, Model model) {
        Filter filter = filter(theme, status, lang);
        // One data version for the whole page, even when a reload swaps in another meanwhile.
        Translations translations = knowledge.get().translations();
        Corpus corpus = translations.corpus();
        StaffModel.addUser(model, user);
        model.addAttribute("rows", rows(translations, filter));
        model.addAttribute("theme", filter.theme().orElse(""));
        model.addAttribute("status", filter.status().map(Enum::name).orElse(""));
        model.addAttribute("lang", filter.language().code());
        model.addAttribute("themes", corpus.themes().stream().map(t -> t.id()).toList());
        model.addAttribute("statuses", Arrays.stream(Status.values()).map(Enum::name).toList());
        model.addAttribute("languages", Arrays.stream(Language.values()).map(Language::code).toList());
        model.addAttribute("csvUrl", "/staff/measures.csv?theme=" + filter.theme().orElse("") + "&status="
                + filter.status().map(Enum::name).orElse("") + "&lang=" + filter.language().code());
        return "staff/measures";
    }

    @GetMapping("/staff/measures.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String theme, @RequestParam(required = false) String status,
                               @RequestParam(required = false) String lang) {
        StringBuilder sb = new StringBuilder(Csv.row(List.of("id", "theme", "status", "status date", "title", "page")));
        for (Row r : rows(knowledge.get().translations(), filter(theme, status, lang))) {
            sb.append(Csv.row(List.of(r.id(), r.themeName(), r.statusLabel(), r.statusDate(), r.title(), r.pageUrl())));
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"measures.csv\"").body(sb.toString());
    }

    List<Row> rows(Translations translations, Filter filter) {
        Corpus corpus = translations.corpus();
        return corpus.measures().stream()
                .filter(m -> filter.theme().map(t -> t.equals(m.theme())).orElse(true))
                .map(m -> translations.measure(m, filter.language()))
                .filter(m -> filter.status().map(s -> s == m.status()).orElse(true))
                .map(m -> row(translations, m, corpus))
                .toList();
    }

    private Row row(Translations translations, LocalizedMeasure m, Corpus corpus) {
        String page = publicUrl + MeasureLinks.page(m.id(), m.language().code());
        String themeName = corpus.theme(m.theme()).map(t -> translations.theme(t, m.language()).name()).orElse(m.theme());
        // Telegram's share link works without a bot; the bot's deep link opens the measure in the bot, in the client's language.
        String share = "https://t.me/share/url?url=" + URLEncoder.encode(page, StandardCharsets.UTF_8)
                + "&text=" + URLEncoder.encode(m.title(), StandardCharsets.UTF_8);
        String bot = botUsername.isEmpty() ? null : "https://t.me/" + botUsername + "?start=" + m.id() + "_" + m.language().code();
        return new Row(m.id(), m.theme(), themeName, m.status(), translations.statusLabel(m.status(), m.language()), m.statusDate(),
                m.title(), page, share, bot);
    }

    /** Unknown values are ignored (the form offers only known ones); the language defaults to Dutch. */
    static Filter filter(String theme, String status, String lang) {
        return new Filter(Optional.ofNullable(theme).filter(t -> !t.isBlank()),
                Arrays.stream(Status.values()).filter(s -> s.name().equals(status)).findFirst(),
                Optional.ofNullable(lang).flatMap(Language::fromCode).orElse(Language.NL));
    }
}
