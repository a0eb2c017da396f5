package nl.workinnl.assistant.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.workinnl.assistant.answer.Answer;
import nl.workinnl.assistant.answer.AnswerPart;
import nl.workinnl.assistant.answer.AnswerMetrics;
import nl.workinnl.assistant.answer.AnsweringPool;
import nl.workinnl.assistant.answer.Assistant;
import nl.workinnl.assistant.answer.Citation;
import nl.workinnl.assistant.answer.Suggestion;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Theme;
import nl.workinnl.assistant.dialogue.ConversationContext;
import nl.workinnl.assistant.declined.Channel;
import nl.workinnl.assistant.declined.DeclinedQuestions;
import nl.workinnl.assistant.feedback.FeedbackCounts;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.knowledge.KnowledgeVersion;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.ratelimit.RateLimit;
import nl.workinnl.assistant.translation.LocalizedMeasure;
import nl.workinnl.assistant.translation.Messages;
import nl.workinnl.assistant.translation.Translations;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * What the bot says to an update: commands, button presses and free questions, in the chat's
 * language. Side effects (a language choice, a feedback vote, following, forgetting) are returned, not done, so that they
 * happen in the same transaction that marks the update as processed.
 */
final class Conversation {

    /** The replies to send and what to store, for one update. */
    record Reply(String chatKey, List<BotApiMethod<?>> methods, List<Runnable> effects) {
        static Reply none() {
            return new Reply(null, List.of(), List.of());
        }
    }

    private static final int BUTTON_TEXT = 60;

    private final CurrentKnowledge knowledge;
    /** Webhook updates arrive on virtual threads; the pipeline runs where its analyzers are kept. */
    private final AnsweringPool answering;
    private final AnswerMetrics metrics;
    private final ChatLanguages languages;
    private final ChatContexts contexts;
    private final ChatPseudonyms pseudonyms;
    private final FeedbackCounts feedback;
    /**
     * Votes per chat (by pseudonym): a button counts once per answer, but a chat could ask and vote on
     * forty answers a minute. In memory, like the web's limit per address: each replica counts the
     * updates it handles (all of them in polling mode, where one replica polls).
     */
    private final RateLimit votes;
    private final DeclinedQuestions declined;
    private final AnswerHtml html;
    private final Follows follows;
    private final FollowMessages following;
    private final ChatErasure erasure;
    private volatile String botUsername = "";

    Conversation(CurrentKnowledge knowledge, AnsweringPool answering, AnswerMetrics metrics, ChatLanguages languages, ChatContexts contexts,
                 ChatPseudonyms pseudonyms, FeedbackCounts feedback, RateLimit votes, DeclinedQuestions declined, String publicUrl,
                 Follows follows, FollowMessages following, ChatErasure erasure) {
        this.votes = votes;
        this.contexts = contexts;
        this.follows = follows;
        this.following = following;
        this.erasure = erasure;
        this.knowledge = knowledge;
        this.metrics = metrics;
        this.answering = answering;
        this.languages = languages;
        this.pseudonyms = pseudonyms;
        this.feedback = feedback;
        this.declined = declined;
        this.html = new AnswerHtml(publicUrl.replaceAll("/+$", ""));
    }

    void botUsername(String username) {
        this.botUsername = username == null ? "" : username;
    }

    Reply handle(Update update) {
        // Held until the reply is made: a reload meanwhile closes the replaced index only after it.
        try (KnowledgeVersion.Lease lease = knowledge.acquire()) {
            return new Turn(lease).handle(update);
        }
    }

    /** The start parameter of the link the pages and the widget offer: https://t.me/bot?start=follow-werk-1. */
    static final String DEEP_LINK_FOLLOW = "follow-";

    static InlineKeyboardButton button(String text, String data) {
        String shown = text.length() > BUTTON_TEXT ? text.substring(0, BUTTON_TEXT - 1) + "…" : text;
        return InlineKeyboardButton.builder().text(shown).callbackData(data).build();
    }

    static SendMessage send(long chatId, String html, InlineKeyboardMarkup keyboard) {
        return SendMessage.builder().chatId(chatId).text(html).parseMode("HTML").replyMarkup(keyboard).build();
    }

    /**
     * One update, answered from the one data version it started with: a live reload meanwhile
     * changes nothing in this reply.
     */
    private final class Turn {

        private final Assistant assistant;
        private final Translations translations;
        private final Messages messages;
        private final Corpus corpus;

        Turn(KnowledgeVersion.Lease lease) {
            KnowledgeVersion version = lease.version();
            this.assistant = lease.assistant();
            this.translations = version.translations();
            this.messages = version.messages();
            this.corpus = version.corpus();
        }

        Reply handle(Update update) {
            if (update.hasCallbackQuery()) {
                return callback(update.getCallbackQuery());
            }
            if (update.hasMessage()) {
                return message(update.getMessage());
            }
            return Reply.none();
        }

        private Language languageOf(String chatKey, User from) {
            return languages.of(chatKey).or(() -> Optional.ofNullable(from).map(User::getLanguageCode).flatMap(Language::fromCode))
                    .orElse(Language.EN);
        }

        private Reply message(Message message) {
            long chatId = message.getChatId();
            String chatKey = pseudonyms.of(chatId);
            Language language = languageOf(chatKey, message.getFrom());
            boolean group = message.isGroupMessage() || message.isSuperGroupMessage();
            String text = message.hasText() ? message.getText() : null;
            if (group && !addressedToBot(message)) {
                return Reply.none();
            }
            if (text == null) {
                return reply(chatKey, List.of(send(chatId, TelegramHtml.escape(messages.text(language, "bot.onlyText")), null)));
            }
            if (!botUsername.isEmpty()) {
                text = text.replace("@" + botUsername, " ").trim();
            }
            if (text.startsWith("/")) {
                return command(chatId, chatKey, language, text);
            }
            if (text.isBlank()) {
                return reply(chatKey, List.of(send(chatId, TelegramHtml.escape(messages.text(language, "help")), null)));
            }
            if (text.length() > Assistant.MAX_LENGTH) {
                String tooLong = messages.format(language, "error.tooLong", Map.of("max", Assistant.MAX_LENGTH));
                return reply(chatKey, List.of(send(chatId, TelegramHtml.escape(tooLong), null)));
            }
            String question = text;
            ConversationContext context = contexts.of(chatKey);
            Answer answer = answering.answerWhenFree(() -> metrics.record(AnswerMetrics.Channel.TELEGRAM,
                    () -> assistant.ask(question, Optional.of(language), context)));
            // The bot's votes come on the answer message, which does not hold the question: only declines are kept.
            return new Reply(chatKey, answer(chatId, answer), List.of(() -> contexts.remember(chatKey, answer.context()),
                    () -> declined.record(question, answer, Channel.TELEGRAM)));
        }

        private boolean addressedToBot(Message message) {
            if (message.isReply() && message.getReplyToMessage().getFrom() != null
                    && Boolean.TRUE.equals(message.getReplyToMessage().getFrom().getIsBot())
                    && botUsername.equalsIgnoreCase(String.valueOf(message.getReplyToMessage().getFrom().getUserName()))) {
                return true;
            }
            return message.hasText() && !botUsername.isEmpty() && message.getText().contains("@" + botUsername);
        }

        private Reply command(long chatId, String chatKey, Language language, String text) {
            String[] words = text.split("[\\s@]", 2);
            String command = words[0].toLowerCase(java.util.Locale.ROOT);
            String argument = words.length > 1 ? words[1].trim() : "";
            return switch (command) {
                // Two deep links: "follow-<id>" (pages, widget) follows a measure; "<id>_<lang>" (the staff area) opens one.
                case "/start" -> measureToFollow(argument)
                        .map(id -> follow(chatKey, chatId, language, FollowSubject.measure(id), List.of()))
                        .or(() -> startWithMeasure(chatId, chatKey, argument))
                        .orElseGet(() -> reply(chatKey, List.of(send(chatId,
                                TelegramHtml.escape(messages.text(language, "greeting") + "\n\n" + messages.text(language, "bot.chooseLanguage")
                                        + "\n\n" + messages.text(language, "bot.declinedNotice")),
                                languageKeyboard()))));
                case "/lang" -> reply(chatKey, List.of(send(chatId,
                        TelegramHtml.escape(messages.text(language, "bot.chooseLanguage")), languageKeyboard())));
                case "/themes" -> reply(chatKey, List.of(send(chatId,
                        TelegramHtml.escape(messages.text(language, "bot.themes")), themesKeyboard(language))));
                case "/status" -> reply(chatKey, List.of(send(chatId, overview(language), null)));
                case "/following", "/unfollow" -> reply(chatKey, List.of(following.following(translations, chatId, follows.of(chatKey), language)));
                case "/privacy" -> reply(chatKey, List.of(send(chatId, TelegramHtml.escape(messages.text(language, "bot.privacy")
                        + "\n\n" + messages.text(language, "bot.declinedNotice")), null)));
                case "/forget" -> new Reply(chatKey, List.of(send(chatId, TelegramHtml.escape(messages.text(language, "bot.forgotten")), null)),
                        List.<Runnable>of(() -> erasure.forget(chatKey)));
                default -> reply(chatKey, List.of(send(chatId, TelegramHtml.escape(messages.text(language, "help")
                        + "\n\n" + assistant.themesLine(language)), null)));
            };
        }

        private Reply callback(CallbackQuery query) {
            if (query.getMessage() == null) {
                return Reply.none();
            }
            long chatId = query.getMessage().getChatId();
            String chatKey = pseudonyms.of(chatId);
            Language language = languageOf(chatKey, query.getFrom());
            AnswerCallbackQuery ack = AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build();
            Optional<CallbackData> data = CallbackData.parse(query.getData());
            if (data.isEmpty()) {
                return reply(chatKey, List.of(ack));
            }
            return switch (data.get()) {
                case CallbackData.ChooseLanguage(String code) -> Language.fromCode(code)
                        .map(l -> new Reply(chatKey, List.of(ack, send(chatId, TelegramHtml.escape(messages.text(l, "bot.languageSet")
                                + "\n\n" + messages.text(l, "help")), themesKeyboard(l))), List.<Runnable>of(() -> languages.choose(chatKey, l))))
                        .orElse(reply(chatKey, List.of(ack)));
                case CallbackData.OpenTheme(String id) -> corpus.theme(id)
                        .map(t -> reply(chatKey, List.of(ack, themeMessage(chatId, t, language)))).orElse(reply(chatKey, List.of(ack)));
                case CallbackData.OpenMeasure(String id) -> corpus.measure(id)
                        .map(m -> reply(chatKey, List.of(ack, measureMessage(chatId, m, language)))).orElse(reply(chatKey, List.of(ack)));
                case CallbackData.ChooseSuggestion(String id) -> {
                    if (!assistant.knows(id)) {
                        yield reply(chatKey, List.of(ack));
                    }
                    ConversationContext context = contexts.of(chatKey);
                    Answer answer = answering.answerWhenFree(() -> metrics.record(AnswerMetrics.Channel.TELEGRAM,
                            () -> assistant.choose(id, Optional.of(language), context)));
                    List<BotApiMethod<?>> methods = new ArrayList<>();
                    methods.add(ack);
                    methods.addAll(answer(chatId, answer));
                    yield new Reply(chatKey, methods, List.of(() -> contexts.remember(chatKey, answer.context())));
                }
                case CallbackData.Feedback(String id, boolean helpful) -> {
                    // Callback data is whatever the client sends: a vote counts only from a button the
                    // bot put on that answer, and once per answer however often it is pressed.
                    if (corpus.measure(id).isEmpty() || !offeredOn(query.getMessage(), query.getData())) {
                        yield reply(chatKey, List.of(ack));
                    }
                    if (votes.take(chatKey) > 0) {
                        yield reply(chatKey, List.of(AnswerCallbackQuery.builder().callbackQueryId(query.getId())
                                .text(messages.text(language, "bot.feedbackTooMany")).build()));
                    }
                    AnswerCallbackQuery thanks = AnswerCallbackQuery.builder().callbackQueryId(query.getId())
                            .text(messages.text(language, "bot.feedbackThanks")).build();
                    String ballot = ballot(chatKey, query.getMessage().getMessageId());
                    yield new Reply(chatKey, List.of(thanks), List.of(() -> feedback.vote(ballot, id, helpful)));
                }
                case CallbackData.Follow(FollowSubject subject) -> exists(subject)
                        ? follow(chatKey, chatId, language, subject, List.of(ack)) : reply(chatKey, List.of(ack));
                case CallbackData.Unfollow(FollowSubject subject) -> new Reply(chatKey,
                        List.of(ack, following.unfollowed(translations, chatId, subject, language)),
                        List.<Runnable>of(() -> follows.unfollow(chatKey, subject)));
                case CallbackData.UnfollowAll() -> new Reply(chatKey,
                        List.of(ack, following.unfollowedAll(translations, chatId, language)), List.<Runnable>of(() -> follows.unfollowAll(chatKey)));
            };
        }

        /**
         * "/start werk-4_pl": a link staff handed a client (the staff area's "open in the bot"): the
         * measure in the client's language, which becomes the chat's language, with the line on kept questions.
         */
        private Optional<Reply> startWithMeasure(long chatId, String chatKey, String startParameter) {
            if (startParameter.isEmpty()) {
                return Optional.empty();
            }
            String[] payload = startParameter.split("_", 2);
            Optional<Measure> measure = corpus.measure(payload[0]);
            Optional<Language> chosen = payload.length == 2 ? Language.fromCode(payload[1]) : Optional.empty();
            if (measure.isEmpty() || chosen.isEmpty()) {
                return Optional.empty();
            }
            Language l = chosen.get();
            return Optional.of(new Reply(chatKey, List.of(measureMessage(chatId, measure.get(), l),
                    send(chatId, TelegramHtml.escape(messages.text(l, "bot.declinedNotice")), null)),
                    List.<Runnable>of(() -> languages.choose(chatKey, l))));
        }

        /** The measure a deep link ({@code /start follow-werk-1}) asks to follow, when the corpus has it. */
        private Optional<String> measureToFollow(String startParameter) {
            if (!startParameter.startsWith(DEEP_LINK_FOLLOW)) {
                return Optional.empty();
            }
            return Optional.of(startParameter.substring(DEEP_LINK_FOLLOW.length())).filter(id -> corpus.measure(id).isPresent());
        }

        private boolean exists(FollowSubject subject) {
            return switch (subject.kind()) {
                case MEASURE -> corpus.measure(subject.id()).isPresent();
                case THEME -> corpus.theme(subject.id()).isPresent();
            };
        }

        private Reply follow(String chatKey, long chatId, Language language, FollowSubject subject, List<BotApiMethod<?>> before) {
            List<BotApiMethod<?>> methods = new ArrayList<>(before);
            methods.add(following.followed(translations, chatId, subject, language));
            return new Reply(chatKey, methods, List.<Runnable>of(() -> follows.follow(chatKey, chatId, subject, language)));
        }

        private static boolean offeredOn(MaybeInaccessibleMessage message, String data) {
            return message instanceof Message m && m.getReplyMarkup() != null && m.getReplyMarkup().getKeyboard() != null
                    && m.getReplyMarkup().getKeyboard().stream().flatMap(List::stream).anyMatch(b -> data.equals(b.getCallbackData()));
        }

        /** The answer voted on, as the vote's key: a hash, so the votes keep no chat's pseudonym. */
        private static String ballot(String chatKey, int messageId) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest((chatKey + ":" + messageId).getBytes(StandardCharsets.UTF_8));
                return "t:" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        private static Reply reply(String chatKey, List<BotApiMethod<?>> methods) {
            return new Reply(chatKey, methods, List.of());
        }

        /** The assistant's answer: its parts as HTML (links to the measure pages), suggestions and feedback as buttons. */
        private List<BotApiMethod<?>> answer(long chatId, Answer answer) {
            String text = html.render(onePhoneScreen(answer));
            InlineKeyboardMarkup keyboard = null;
            List<InlineKeyboardRow> rows = new ArrayList<>();
            // Suggestions (the choices of a clarifying question, related measures) continue the conversation.
            for (Suggestion s : answer.suggestions()) {
                rows.add(new InlineKeyboardRow(button(s.title(), CallbackData.suggestion(s.id()))));
            }
            if (answer.kind() == Answer.Kind.TOPIC && !answer.citations().isEmpty()) {
                String best = answer.citations().getFirst().id();
                // The rest of the measure (what it means for you, details) is one tap away.
                rows.add(new InlineKeyboardRow(button("📖 " + messages.text(answer.language(), "bot.more"), CallbackData.measure(best))));
                rows.add(new InlineKeyboardRow(
                        button("👍 " + messages.text(answer.language(), "bot.helpful"), CallbackData.feedback(best, true)),
                        button("👎 " + messages.text(answer.language(), "bot.notHelpful"), CallbackData.feedback(best, false))));
                rows.add(new InlineKeyboardRow(following.followButton(translations, FollowSubject.measure(best), answer.language())));
            }
            if (!rows.isEmpty()) {
                keyboard = InlineKeyboardMarkup.builder().keyboard(rows).build();
            }
            List<String> parts = TelegramHtml.split(text, TelegramHtml.MAX_MESSAGE);
            List<BotApiMethod<?>> methods = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                methods.add(send(chatId, parts.get(i), i == parts.size() - 1 ? keyboard : null));
            }
            return methods;
        }

        /**
         * A topic answer as it fits a phone screen: the short answer and the measure with its status and
         * link; the longer texts come with the "more" button, related measures as buttons.
         */
        private static List<AnswerPart> onePhoneScreen(Answer answer) {
            if (answer.kind() != Answer.Kind.TOPIC) {
                return answer.parts();
            }
            List<AnswerPart> shown = new ArrayList<>();
            for (AnswerPart part : answer.parts()) {
                if (part instanceof AnswerPart.Lead || part instanceof AnswerPart.MeasureLink) {
                    shown.add(part);
                }
                // the sections and the related list: behind the buttons
            }
            return shown;
        }

        private SendMessage themeMessage(long chatId, Theme theme, Language language) {
            String name = translations.theme(theme, language).name();
            StringBuilder text = new StringBuilder(TelegramHtml.bold(messages.format(language, "bot.themeMeasures", Map.of("theme", name))));
            List<InlineKeyboardRow> rows = new ArrayList<>();
            for (Measure m : corpus.measures()) {
                if (!m.theme().equals(theme.id())) {
                    continue;
                }
                LocalizedMeasure lm = translations.measure(m, language);
                text.append("\n• ").append(TelegramHtml.escape(lm.title())).append(" — ").append(TelegramHtml.escape(lm.statusLabel()));
                rows.add(new InlineKeyboardRow(button(lm.title(), CallbackData.measure(m.id()))));
            }
            rows.add(new InlineKeyboardRow(following.followButton(translations, FollowSubject.theme(theme.id()), language)));
            return send(chatId, text.toString(), InlineKeyboardMarkup.builder().keyboard(rows).build());
        }

        /** One measure in full, from the same parts and renderer as an answer. */
        private SendMessage measureMessage(long chatId, Measure measure, Language language) {
            LocalizedMeasure m = translations.measure(measure, language);
            List<AnswerPart> parts = new ArrayList<>();
            if (!m.translated()) {
                parts.add(new AnswerPart.Lead(messages.text(language, "answer.untranslated")));
            }
            parts.add(new AnswerPart.Section(m.title(), m.summary()));
            parts.add(new AnswerPart.Section(messages.text(language, "answer.forYou"), m.forYou()));
            parts.add(new AnswerPart.MeasureLink(Citation.of(m), messages.format(language, "answer.status",
                    Map.of("status", m.statusLabel(), "date", Messages.month(m.statusDate()))), messages.text(language, "answer.readMore")));
            return send(chatId, html.render(parts), InlineKeyboardMarkup.builder()
                    .keyboard(List.of(new InlineKeyboardRow(following.followButton(translations, FollowSubject.measure(measure.id()), language)))).build());
        }

        private String overview(Language language) {
            StringBuilder text = new StringBuilder(TelegramHtml.bold(messages.format(language, "bot.overview",
                    Map.of("count", corpus.measures().size(), "date", Messages.month(corpus.catalogue().statusDate())))));
            for (var s : corpus.catalogue().statuses()) {
                int count = corpus.count(null, s.code());
                text.append("\n• ").append(TelegramHtml.escape(translations.statusLabel(s.code(), language))).append(": ").append(count);
            }
            return text.toString();
        }

        private static InlineKeyboardMarkup languageKeyboard() {
            List<InlineKeyboardButton> buttons = new ArrayList<>();
            for (Language l : Language.values()) {
                buttons.add(button(l.nativeName(), CallbackData.language(l.code())));
            }
            return InlineKeyboardMarkup.builder().keyboard(List.of(new InlineKeyboardRow(buttons))).build();
        }

        private InlineKeyboardMarkup themesKeyboard(Language language) {
            List<InlineKeyboardRow> rows = new ArrayList<>();
            for (Theme t : corpus.themes()) {
                rows.add(new InlineKeyboardRow(button(translations.theme(t, language).name(), CallbackData.theme(t.id()))));
            }
            return InlineKeyboardMarkup.builder().keyboard(rows).build();
        }
    }
}
