package nl.workinnl.assistant.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.MeasureLinks;
import nl.workinnl.assistant.corpus.StatusChanged;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.translation.Messages;
import nl.workinnl.assistant.translation.Translations;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * What the bot says about following: the buttons, the list of what a chat follows, and the notification of a change.
 * Every text comes from the translations of one data version, which the caller passes: the version its
 * update (or its status change) took from {@link CurrentKnowledge}, never one kept from start-up, so a
 * live reload reaches these texts too and one reply never mixes two versions.
 */
final class FollowMessages {

    private final CurrentKnowledge knowledge;
    private final ChatLanguages languages;
    private final String publicUrl;

    FollowMessages(CurrentKnowledge knowledge, ChatLanguages languages, String publicUrl) {
        this.knowledge = knowledge;
        this.languages = languages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The translations (with the corpus) of the version that serves now. */
    Translations current() {
        return knowledge.get().translations();
    }

    /** The measure's title or the theme's name; empty for an id the corpus no longer has. */
    Optional<String> name(Translations translations, FollowSubject subject, Language language) {
        Messages messages = translations.messages();
        return switch (subject.kind()) {
            case MEASURE -> translations.corpus().measure(subject.id()).map(m -> translations.measure(m, language).title());
            case THEME -> translations.corpus().theme(subject.id())
                    .map(t -> messages.format(language, "bot.follow.themeName", Map.of("theme", translations.theme(t, language).name())));
        };
    }

    InlineKeyboardButton followButton(Translations translations, FollowSubject subject, Language language) {
        Messages messages = translations.messages();
        String key = subject.kind() == FollowSubject.Kind.THEME ? "bot.follow.theme" : "bot.follow.measure";
        return Conversation.button("🔔 " + messages.text(language, key), CallbackData.follow(subject));
    }

    private InlineKeyboardButton unfollowButton(Translations translations, FollowSubject subject, Language language) {
        Messages messages = translations.messages();
        String name = name(translations, subject, language).orElse(subject.id());
        return Conversation.button("🔕 " + messages.format(language, "bot.follow.stopOne", Map.of("subject", name)),
                CallbackData.unfollow(subject));
    }

    SendMessage followed(Translations translations, long chatId, FollowSubject subject, Language language) {
        Messages messages = translations.messages();
        String name = name(translations, subject, language).orElse(subject.id());
        return Conversation.send(chatId, TelegramHtml.escape(messages.format(language, "bot.follow.done", Map.of("subject", name))),
                keyboard(List.of(new InlineKeyboardRow(unfollowButton(translations, subject, language)))));
    }

    SendMessage unfollowed(Translations translations, long chatId, FollowSubject subject, Language language) {
        Messages messages = translations.messages();
        String name = name(translations, subject, language).orElse(subject.id());
        return Conversation.send(chatId, TelegramHtml.escape(messages.format(language, "bot.follow.stopped", Map.of("subject", name))), null);
    }

    SendMessage unfollowedAll(Translations translations, long chatId, Language language) {
        return Conversation.send(chatId, TelegramHtml.escape(translations.messages().text(language, "bot.follow.stoppedAll")), null);
    }

    /** /following and /unfollow: what the chat follows, with a button to stop each, and one to stop all. */
    SendMessage following(Translations translations, long chatId, List<FollowSubject> subjects, Language language) {
        Messages messages = translations.messages();
        if (subjects.isEmpty()) {
            return Conversation.send(chatId, TelegramHtml.escape(messages.text(language, "bot.follow.none")), null);
        }
        StringBuilder text = new StringBuilder(TelegramHtml.bold(messages.text(language, "bot.follow.list")));
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (FollowSubject s : subjects) {
            text.append("\n• ").append(TelegramHtml.escape(name(translations, s, language).orElse(s.id())));
            rows.add(new InlineKeyboardRow(unfollowButton(translations, s, language)));
        }
        text.append("\n\n").append(TelegramHtml.escape(messages.text(language, "bot.follow.howToStop")));
        rows.add(new InlineKeyboardRow(Conversation.button("🔕 " + messages.text(language, "bot.follow.stopAll"), CallbackData.unfollowAll())));
        return Conversation.send(chatId, text.toString(), keyboard(rows));
    }

    /**
     * The notification: the measure, its old and new status, the date, the link to its page, and
     * a button to stop following for each thing followed that brought it (the measure, its theme).
     */
    SendMessage statusChanged(Translations translations, long chatId, Follows.Follower follower, Measure measure, StatusChanged change) {
        Messages messages = translations.messages();
        Language language = languages.of(follower.chatKey()).orElse(follower.language());
        String title = translations.measure(measure, language).title();
        String text = TelegramHtml.escape(messages.text(language, "bot.follow.changed")) + "\n\n"
                + TelegramHtml.bold(title) + "\n"
                + TelegramHtml.escape(messages.format(language, "bot.follow.was", Map.of("status", translations.statusLabel(change.from(), language)))) + "\n"
                + TelegramHtml.escape(messages.format(language, "bot.follow.now", Map.of("status", translations.statusLabel(change.to(), language),
                        "date", Messages.month(change.statusDate())))) + "\n"
                + TelegramHtml.link(publicUrl + MeasureLinks.page(measure.id(), language.code()), messages.text(language, "answer.readMore"))
                + "\n\n" + TelegramHtml.escape(messages.text(language, "bot.follow.howToStop"));
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (FollowSubject s : follower.subjects()) {
            rows.add(new InlineKeyboardRow(unfollowButton(translations, s, language)));
        }
        return Conversation.send(chatId, text, keyboard(rows));
    }

    private static InlineKeyboardMarkup keyboard(List<InlineKeyboardRow> rows) {
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
