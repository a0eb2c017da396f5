package nl.workinnl.assistant.widget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.telegram.TelegramFollowLinks;
import nl.workinnl.assistant.translation.Messages;
import nl.workinnl.assistant.translation.Translations;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/v1/widget?lang=pl}: everything the chat widget shows, in one language. */
@RestController
class WidgetController {

    /** The widget's own texts: its name for each, and the key in interface.yaml. */
    private static final List<String> KEYS = List.of("open", "title", "close", "input", "placeholder", "send", "clear",
            "typing", "language", "themes", "helpful", "notHelpful", "feedbackThanks", "error", "you", "assistant", "more", "retry", "follow",
            "privacy");

    /** {@code telegramBot}: the bot's username, for the follow link under a measure; absent when none is configured. */
    record WidgetTexts(String language, Map<String, String> texts, List<ThemeName> themes, Map<Status, String> statuses,
                       String telegramBot) {}

    record ThemeName(String id, String name) {}

    private final CurrentKnowledge knowledge;
    private final TelegramFollowLinks follow;

    WidgetController(CurrentKnowledge knowledge, TelegramFollowLinks follow) {
        this.knowledge = knowledge;
        this.follow = follow;
    }

    @GetMapping("/api/v1/widget")
    ResponseEntity<WidgetTexts> texts(@RequestParam(required = false) String lang) {
        Language language = lang == null ? Language.EN : Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "Unknown language '" + lang + "'; known languages are " + Language.codes() + "."));
        Translations translations = knowledge.get().translations();
        Messages messages = translations.messages();
        Map<String, String> texts = new LinkedHashMap<>();
        KEYS.forEach(k -> texts.put(k, messages.text(language, "widget." + k)));
        texts.put("greeting", messages.text(language, "greeting"));
        List<ThemeName> themes = translations.corpus().themes().stream()
                .map(t -> new ThemeName(t.id(), translations.theme(t, language).name())).toList();
        Map<Status, String> statuses = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            statuses.put(s, translations.statusLabel(s, language));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(10)))
                .body(new WidgetTexts(language.code(), texts, themes, statuses, follow.botUsername().orElse(null)));
    }
}
