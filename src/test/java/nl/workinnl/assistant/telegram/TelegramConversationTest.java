package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.workinnl.assistant.TestDatabase;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.feedback.FeedbackCounts;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.testing.Months;
import nl.workinnl.assistant.translation.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scripted conversations with the real TelegramBots client against a fake Bot API on loopback, in
 * all five languages: start, language choice, theme browsing, questions, feedback, non-text
 * messages and group mentions. Statuses, dates and counts are taken from the data the service
 * loaded, so that a new edition does not break it.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class TelegramConversationTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final AtomicLong CHATS = new AtomicLong(1000);

    @TempDir
    static Path dataDir;

    private static FakeBotApi api;
    private static ConfigurableApplicationContext context;

    @Parameter
    TestDatabase database;

    /** The whole conversation suite runs on the embedded H2 and on a real PostgreSQL. */
    @BeforeParameterizedClassInvocation
    static void start(TestDatabase database) {
        api = FakeBotApi.start();
        context = BotContext.start(api, dataDir, database.springArguments(dataDir).toArray(String[]::new));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (context != null) {
            context.close();
        }
        api.close();
    }

    /** Expired contexts are deleted by Spring's scheduler, which the application enables for every feature's jobs. */
    @Test
    void theExpiredContextsJobIsScheduled() {
        var tasks = context.getBean(org.springframework.scheduling.config.ScheduledTaskHolder.class).getScheduledTasks();
        assertThat(tasks).extracting(t -> t.getTask().getRunnable().toString())
                .anySatisfy(task -> assertThat(task).contains("ChatContexts.deleteExpired"));
    }

    private static long newChat() {
        return CHATS.incrementAndGet();
    }

    private static Corpus corpus() {
        return context.getBean(CurrentKnowledge.class).get().corpus();
    }

    private static String statusLabel(String measureId, Language language) {
        return context.getBean(CurrentKnowledge.class).get().translations()
                .statusLabel(corpus().measure(measureId).orElseThrow().status(), language);
    }

    private static List<String> buttonData(JsonNode markup) {
        List<String> data = new ArrayList<>();
        if (markup != null) {
            markup.path("inline_keyboard").forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
        }
        return data;
    }

    @Test
    void commandsAreRegisteredInEveryLanguage() {
        assertThat(api.commandsByLanguage().keySet()).contains("nl", "pl", "ro", "bg", "en");
        assertThat(api.commandsByLanguage().get("pl")).containsExactlyInAnyOrder("start", "help", "lang", "themes", "status", "following", "unfollow", "privacy", "forget");
    }

    @Test
    void startGreetsInTheUsersLanguageAndOffersTheLanguages() {
        long chat = newChat();
        api.pushCommand(chat, "/start", "pl");
        FakeBotApi.Sent greeting = api.awaitSentTo(chat, 1, WAIT).getFirst();
        assertThat(greeting.parseMode()).isEqualTo("HTML");
        assertThat(greeting.text()).contains("Dzień dobry");
        assertThat(buttonData(greeting.replyMarkup())).containsExactly("l:nl", "l:pl", "l:ro", "l:bg", "l:en");
    }

    @Test
    void aMeasureHandedOverByStaffOpensInTheClientsLanguage() {
        long chat = newChat();
        api.pushCommand(chat, "/start huisvesting-7_pl", "en");
        List<FakeBotApi.Sent> sent = api.awaitSentTo(chat, 2, WAIT);
        assertThat(sent.getFirst().text()).contains("Ochrona najmu");
        assertThat(sent.get(1).text()).contains("90 dni");
    }

    @Test
    void aDeclinedQuestionIsKeptScrubbedWithoutTheChat() {
        long chat = newChat();
        api.pushText(chat, "Ik heet Karel Jansen. Krijg ik een WW-uitkering? Bel 06-12345678", "nl");
        api.awaitSentTo(chat, 1, WAIT);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        List<String> kept = jdbc.sql("SELECT question FROM declined_question WHERE channel = 'TELEGRAM' AND question LIKE '%WW-uitkering%'")
                .query(String.class).list();
        assertThat(kept).containsExactly("Ik heet [NAME]. Krijg ik een WW-uitkering? Bel [PHONE]");
    }

    @Test
    void anUnknownTelegramLanguageStartsInEnglish() {
        long chat = newChat();
        api.pushCommand(chat, "/start", "de");
        assertThat(api.awaitSentTo(chat, 1, WAIT).getFirst().text()).contains("Hello");
    }

    @Test
    void theChosenLanguageIsKeptAndUsedForShortMessages() {
        long chat = newChat();
        api.pushCallback(chat, "l:ro", 1, "en");
        FakeBotApi.Sent confirmation = api.awaitSentTo(chat, 1, WAIT).getFirst();
        assertThat(confirmation.text()).contains("în română");
        api.pushText(chat, "DigiD", "en");
        FakeBotApi.Sent answer = api.awaitSentTo(chat, 2, WAIT).get(1);
        assertThat(answer.text()).contains("În curs de implementare").contains("https://assistant.example/ro/measures/informatie-3");

        String key = new ChatPseudonyms(context.getBean(PseudonymKey.class)).of(chat);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT language FROM chat_language WHERE chat_key = ?").param(key).query(String.class).single())
                .isEqualTo("ro");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM chat_language WHERE chat_key = ?").param(Long.toString(chat))
                .query(Long.class).single()).as("the chat id itself is never stored").isZero();
    }

    @Test
    void themesLeadToTheMeasuresOfATheme_thenToOneMeasure() {
        long chat = newChat();
        api.pushCommand(chat, "/themes", "nl");
        FakeBotApi.Sent themes = api.awaitSentTo(chat, 1, WAIT).getFirst();
        assertThat(buttonData(themes.replyMarkup())).hasSize(corpus().themes().size()).contains("t:huisvesting");

        api.pushCallback(chat, "t:huisvesting", 2, "nl");
        FakeBotApi.Sent measures = api.awaitSentTo(chat, 2, WAIT).get(1);
        List<String> housing = corpus().measures().stream().filter(m -> m.theme().equals("huisvesting")).map(m -> "m:" + m.id()).toList();
        assertThat(buttonData(measures.replyMarkup())).filteredOn(d -> d.startsWith("m:")).containsExactlyElementsOf(housing);
        assertThat(buttonData(measures.replyMarkup())).as("and following the theme").endsWith("w:t:huisvesting").hasSize(housing.size() + 1);
        String label = statusLabel("huisvesting-7", Language.NL);
        String title = TelegramHtml.escape(corpus().measure("huisvesting-7").orElseThrow().title());
        assertThat(measures.text()).contains(title + " — " + label);

        api.pushCallback(chat, "m:huisvesting-7", 3, "nl");
        FakeBotApi.Sent measure = api.awaitSentTo(chat, 3, WAIT).get(2);
        assertThat(measure.text()).contains("<b>" + title + "</b>").contains(label)
                .contains(Months.inWords("nl", corpus().measure("huisvesting-7").orElseThrow().statusDate()))
                .contains("href=\"https://assistant.example/nl/measures/huisvesting-7\"");
        assertThat(api.callbackAnswers()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void statusShowsTheOverviewsCounts() {
        long chat = newChat();
        api.pushCommand(chat, "/status", "en");
        String text = api.awaitSentTo(chat, 1, WAIT).getFirst().text();
        List<Measure> all = corpus().measures();
        assertThat(text).contains(String.valueOf(all.size()));
        // Counted here from the measures themselves, each beside its status's English label.
        for (Status status : Status.values()) {
            String label = context.getBean(CurrentKnowledge.class).get().translations().statusLabel(status, Language.EN);
            assertThat(text).contains("• " + label + ": " + all.stream().filter(m -> m.status() == status).count());
        }
    }

    @Test
    void questionsInFiveLanguagesAreAnsweredInTheirLanguageWithTheMeasureAndFeedbackButtons() {
        String[][] cases = {
                {"nl", "Waar kan ik als niet-ingezetene een DigiD aanvragen?", "informatie-3"},
                {"pl", "Gdzie mogę załatwić DigiD?", "informatie-3"},
                {"ro", "Unde pot să fac DigiD?", "informatie-3"},
                {"bg", "Къде мога да си направя DigiD?", "informatie-3"},
                {"en", "Where can I apply for a DigiD?", "informatie-3"}};
        for (String[] c : cases) {
            long chat = newChat();
            api.pushText(chat, c[1], c[0]);
            FakeBotApi.Sent answer = api.awaitSentTo(chat, 1, WAIT).getFirst();
            assertThat(answer.text()).as(c[0]).contains(statusLabel(c[2], Language.fromCode(c[0]).orElseThrow()))
                    .contains("/" + c[0] + "/measures/" + c[2]);
            assertThat(buttonData(answer.replyMarkup())).as(c[0]).contains("f:1:" + c[2], "f:0:" + c[2]);
        }
    }

    @Test
    void bulgarianInLatinLettersIsAnsweredInCyrillic() {
        long chat = newChat();
        api.pushText(chat, "kak da si napravya digid", "en");
        String text = api.awaitSentTo(chat, 1, WAIT).getFirst().text();
        assertThat(text).contains("/bg/measures/informatie-3").containsPattern("[а-я]{4}");
    }

    /** Presses the button with {@code data} under the chat's last answer {@code times} times; waits until each is answered. */
    private static void press(long chat, String data, int messageId, int times) {
        press(chat, data, messageId, times, "nl");
    }

    private static void press(long chat, String data, int messageId, int times, String languageCode) {
        int answers = api.callbackAnswers().size();
        for (int i = 0; i < times; i++) {
            api.pushCallback(chat, data, messageId, languageCode);
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (api.callbackAnswers().size() < answers + times && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(api.callbackAnswers().size()).isGreaterThanOrEqualTo(answers + times);
    }

    /** A question about DigiD, answered with feedback buttons for informatie-3; the answer's message id. */
    private static int answeredAboutDigiD(long chat) {
        api.pushText(chat, "Waar kan ik als niet-ingezetene een DigiD aanvragen?", "nl");
        assertThat(buttonData(api.awaitSentTo(chat, 1, WAIT).getFirst().replyMarkup())).contains("f:1:informatie-3");
        return api.lastMessageTo(chat);
    }

    @Test
    void feedbackIsCountedAndThanked() {
        long chat = newChat();
        FeedbackCounts counts = context.getBean(FeedbackCounts.class);
        int answer = answeredAboutDigiD(chat);
        long before = counts.votes("informatie-3", true);
        press(chat, "f:1:informatie-3", answer, 1);
        assertThat(counts.votes("informatie-3", true)).isEqualTo(before + 1);
    }

    @Test
    void thirtyPressesFromOneChatCountOnceAndForgedOnesNotAtAll() {
        long chat = newChat();
        FeedbackCounts counts = context.getBean(FeedbackCounts.class);
        int answer = answeredAboutDigiD(chat);
        long helpful = counts.votes("informatie-3", true);
        long notHelpful = counts.votes("informatie-3", false);
        long forged = counts.votes("werk-1", true);

        press(chat, "f:1:werk-1", answer, 3);
        press(chat, "f:1:informatie-3", answer, 15);
        press(chat, "f:0:informatie-3", answer, 15);
        assertThat(counts.votes("informatie-3", true) + counts.votes("informatie-3", false)).isEqualTo(helpful + notHelpful + 1);
        assertThat(counts.votes("werk-1", true)).isEqualTo(forged);
    }

    @Test
    void votesFromOneChatAreLimitedToTenAMinuteWhileAnotherChatVotesOn() {
        long chat = newChat();
        FeedbackCounts counts = context.getBean(FeedbackCounts.class);
        List<Integer> answers = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            api.pushText(chat, "Waar kan ik als niet-ingezetene een DigiD aanvragen?", "pl");
            assertThat(buttonData(api.awaitSentTo(chat, i, WAIT).get(i - 1).replyMarkup())).contains("f:1:informatie-3");
            answers.add(api.lastMessageTo(chat));
        }
        long before = counts.votes("informatie-3", true);
        int first = api.callbackAnswers().size();
        long start = System.nanoTime();
        for (int answer : answers) {
            press(chat, "f:1:informatie-3", answer, 1, "pl");
        }
        // The bucket gives one vote back every six seconds: on a slow machine the presses may earn one.
        int earned = (int) (Duration.ofNanos(System.nanoTime() - start).toSeconds() / 6);
        int counted = (int) (counts.votes("informatie-3", true) - before);
        assertThat(counted).as("twelve answers voted on, ten a minute counted").isBetween(10, Math.min(12, 10 + earned));
        Messages messages = context.getBean(CurrentKnowledge.class).get().messages();
        List<String> said = api.callbackAnswerTexts().subList(first, first + answers.size());
        assertThat(said.subList(0, 10)).containsOnly(messages.text(Language.PL, "bot.feedbackThanks"));
        assertThat(said.stream().filter(messages.text(Language.PL, "bot.feedbackTooMany")::equals).count())
                .as("each vote beyond the limit told so").isEqualTo(12 - counted);
        assertThat(messages.text(Language.PL, "bot.feedbackTooMany")).isNotBlank().doesNotContain("bot.");

        long other = newChat();
        press(other, "f:1:informatie-3", answeredAboutDigiD(other), 1);
        assertThat(counts.votes("informatie-3", true)).as("another chat's vote").isEqualTo(before + counted + 1);
    }

    @Test
    void stickersPhotosVoiceAndFilesGetAShortOnlyTextReply() {
        long chat = newChat();
        api.pushSticker(chat, "bg");
        api.pushPhoto(chat, "bg");
        api.pushVoice(chat, "bg");
        api.pushDocument(chat, "bg");
        List<FakeBotApi.Sent> replies = api.awaitSentTo(chat, 4, WAIT);
        assertThat(replies).extracting(FakeBotApi.Sent::text).allSatisfy(t -> assertThat(t).containsPattern("[а-я]"));
        assertThat(replies.stream().map(FakeBotApi.Sent::text).distinct()).hasSize(1);
    }

    @Test
    void inGroupsTheBotAnswersOnlyWhenMentionedOrRepliedTo() throws InterruptedException {
        long group = -newChat();
        api.pushGroupText(group, 77, "Waar vraag ik een DigiD aan?", "nl", false);
        api.pushGroupText(group, 77, "@workinnl_test_bot waar vraag ik een DigiD aan?", "nl", false);
        List<FakeBotApi.Sent> first = api.awaitSentTo(group, 1, WAIT);
        api.pushGroupText(group, 78, "En wat is de status van het toelatingsstelsel voor uitzendbureaus?", "nl", true);
        api.awaitSentTo(group, 2, WAIT);
        Thread.sleep(500);
        assertThat(api.sentTo(group)).hasSize(2);
        assertThat(first.getFirst().text()).contains("informatie-3");
    }

    @Test
    void everyDynamicTextIsEscapedForTelegramHtml() {
        long chat = newChat();
        api.pushText(chat, "<b>hallo</b> & <script>", "nl");
        String text = api.awaitSentTo(chat, 1, WAIT).getFirst().text();
        assertThat(text).doesNotContain("<script>").doesNotContain("<b>hallo");
    }

    @Test
    void aFollowUpIsUnderstoodFromTheChatsContext() {
        long chat = newChat();
        api.pushText(chat, "Mieszkamy w 8 osób w jednym pokoju w domu agencji.", "pl");
        FakeBotApi.Sent first = api.awaitSentTo(chat, 1, WAIT).getFirst();
        String measure = first.text().replaceAll("(?s).*?measures/(huisvesting-\\d)\".*", "$1");
        assertThat(measure).startsWith("huisvesting-");

        api.pushText(chat, "A kiedy to się zmieni?", "pl");
        FakeBotApi.Sent followUp = api.awaitSentTo(chat, 2, WAIT).get(1);
        assertThat(followUp.text()).contains("measures/" + measure + "\"");

        String key = new ChatPseudonyms(context.getBean(PseudonymKey.class)).of(chat);
        String stored = context.getBean(JdbcClient.class).sql("SELECT context FROM chat_context WHERE chat_key = ?").param(key)
                .query(String.class).single();
        assertThat(stored).as("the context is stored sealed, not readable").doesNotContain(measure).doesNotContain("kiedy");
    }

    @Test
    void aClarifyingQuestionOffersButtonsAndAChoiceAnswersIt() {
        long chat = newChat();
        api.pushCallback(chat, "l:en", 1, "en");
        api.awaitSentTo(chat, 1, WAIT);
        api.pushText(chat, "registratie 2", "en");
        FakeBotApi.Sent choices = api.awaitSentTo(chat, 2, WAIT).get(1);
        assertThat(choices.text()).contains("Is your question about one of these measures?");
        assertThat(buttonData(choices.replyMarkup())).containsExactly("c:registratie-2a", "c:registratie-2b", "c:registratie-2c");

        api.pushCallback(chat, "c:registratie-2b", 3, "en");
        FakeBotApi.Sent chosen = api.awaitSentTo(chat, 3, WAIT).get(2);
        assertThat(chosen.text()).contains("https://assistant.example/en/measures/registratie-2b");
        assertThat(buttonData(chosen.replyMarkup())).contains("f:1:registratie-2b");
    }

    @Test
    void aNearMissIsDeclinedWithWhereToGetHelp() {
        long chat = newChat();
        api.pushText(chat, "Ile wynosi zasiłek dla bezrobotnych w Holandii?", "pl");
        FakeBotApi.Sent answer = api.awaitSentTo(chat, 1, WAIT).getFirst();
        assertThat(answer.text()).contains("Juridisch Loket").doesNotContain("/measures/");
    }

    @Test
    void theRentQuestionAndTheListOfDelayedMeasuresFitAPhoneScreenWithEachStatusOnce() {
        long chat = newChat();
        api.pushText(chat, "Czy agencja może potrącać czynsz za pokój z mojej wypłaty?", "pl");
        FakeBotApi.Sent answer = api.awaitSentTo(chat, 1, WAIT).getFirst();
        assertThat(answer.text().length()).as("one phone screen").isLessThan(1000);
        String measure = answer.text().replaceAll("(?s).*?measures/([a-z]+-\\d[a-c]?)\".*", "$1");
        var m = context.getBean(CurrentKnowledge.class).get().translations()
                .measure(context.getBean(CurrentKnowledge.class).get().corpus().measure(measure).orElseThrow(), Language.PL);
        assertThat(answer.text()).as("the cited measure is named").contains(TelegramHtml.escape(m.title()));
        assertThat(answer.text().split(java.util.regex.Pattern.quote(m.statusLabel()), -1)).as("its status once").hasSize(2);
        assertThat(buttonData(answer.replyMarkup())).contains("m:" + measure);

        long staff = newChat();
        api.pushText(staff, "Кои мерки са забавени?", "bg");
        String list = api.awaitSentTo(staff, 1, WAIT).getFirst().text();
        assertThat(list.length()).as("one phone screen").isLessThan(1000);
        long delayed = corpus().measures().stream().filter(d -> d.status() == Status.VERTRAAGD).count();
        assertThat(list.split("\n• ", -1)).as("the delayed measures").hasSize((int) delayed + 1);
        assertThat(list.split("<a href=\"https://assistant.example/bg/measures/", -1)).as("each linked once").hasSize((int) delayed + 1);
    }

    @Test
    void aTopicAnswerFitsAPhoneScreenWithTheRestOneTapAway() {
        long chat = newChat();
        api.pushText(chat, "Ако загубя работата си, ще загубя ли и жилището?", "bg");
        FakeBotApi.Sent answer = api.awaitSentTo(chat, 1, WAIT).getFirst();
        assertThat(answer.text().length()).as("one phone screen").isLessThan(1000);
        assertThat(answer.text()).contains("href=\"https://assistant.example/bg/measures/");
        String measure = answer.text().replaceAll("(?s).*?measures/([a-z]+-\\d[a-c]?)\".*", "$1");
        assertThat(buttonData(answer.replyMarkup())).contains("m:" + measure, "f:1:" + measure);

        api.pushCallback(chat, "m:" + measure, 2, "bg");
        FakeBotApi.Sent full = api.awaitSentTo(chat, 2, WAIT).get(1);
        assertThat(full.text().length()).isGreaterThan(answer.text().length() / 2);
        assertThat(full.text()).contains("measures/" + measure);
    }
}
