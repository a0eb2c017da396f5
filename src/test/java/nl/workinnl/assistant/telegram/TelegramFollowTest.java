package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.workinnl.assistant.TestDatabase;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.corpus.StatusChanged;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Following measures and themes through the fake Bot API, on H2 and PostgreSQL: following by
 * button and by deep link, one notification per change and follower in the follower's language
 * (however often the change is published, and across a restart in the middle of sending),
 * unfollowing, /following, /privacy and /forget.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class TelegramFollowTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final AtomicLong CHATS = new AtomicLong(5000);
    /** The start of every notification, in the languages the tests use. */
    private static final String CHANGED_EN = changed(nl.workinnl.assistant.language.Language.EN);
    /** Read from the texts, so that an editor's rewording does not break the test. */
    private static final String CHANGED_PL = changed(nl.workinnl.assistant.language.Language.PL);
    private static final String CHANGED_RO = changed(nl.workinnl.assistant.language.Language.RO);

    private static String changed(nl.workinnl.assistant.language.Language language) {
        return nl.workinnl.assistant.translation.TranslationFixture.repositoryTranslations().messages().text(language, "bot.follow.changed");
    }

    @TempDir
    static Path dataDir;

    private static FakeBotApi api;
    private static ConfigurableApplicationContext context;
    private static String[] databaseArguments;

    @Parameter
    TestDatabase database;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase database) {
        api = FakeBotApi.start();
        databaseArguments = database.springArguments(dataDir).toArray(String[]::new);
        context = BotContext.start(api, dataDir, databaseArguments);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (context != null) {
            context.close();
        }
        api.close();
    }

    private static long newChat() {
        return CHATS.incrementAndGet();
    }

    private static String newVersion() {
        return "2026-11/" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static List<String> buttonData(JsonNode markup) {
        List<String> data = new ArrayList<>();
        if (markup != null) {
            markup.path("inline_keyboard").forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
        }
        return data;
    }

    private static List<FakeBotApi.Sent> notifications(long chat, String start) {
        return api.sentTo(chat).stream().filter(s -> s.text().startsWith(start)).toList();
    }

    /**
     * Waits until everything stored for the chat before now has been sent: a reply to a command
     * comes after them (each chat's messages go out in order), so a duplicate would show by then.
     */
    private static void drained(long chat, String language) {
        int before = api.sentTo(chat).size();
        api.pushCommand(chat, "/following", language);
        api.awaitSentTo(chat, before + 1, WAIT);
        api.await("the outbox of the chat to be empty", () -> jdbc().sql("SELECT COUNT(*) FROM outbox WHERE chat_key = ?")
                .param(key(chat)).query(Long.class).single() == 0, WAIT);
    }

    /**
     * Publishes a change as a reload does and waits until the notifier, which works on a thread of
     * its own, has stored all it sends for it: a check that nothing more came is only worth
     * something after that.
     */
    private static void publish(StatusChanged change) {
        context.publishEvent(change);
        assertThat(context.getBean(FollowNotifier.class).awaitIdle(WAIT)).as("the notifier has handled the change").isTrue();
    }

    private static JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    private static String key(long chat) {
        return new ChatPseudonyms(context.getBean(PseudonymKey.class)).of(chat);
    }

    private static String statusLabel(Status status, Language language) {
        return context.getBean(CurrentKnowledge.class).get().translations().statusLabel(status, language);
    }

    /** Follows with the button under an answer; returns the number of messages the chat has. */
    private static int followByButton(long chat, String data, String language) {
        int before = api.sentTo(chat).size();
        api.pushCallback(chat, data, 1, language);
        api.awaitSentTo(chat, before + 1, WAIT);
        return before + 1;
    }

    @Test
    void theAnswerOfAMeasureOffersToFollowIt_andAThemeListingTheTheme() {
        long chat = newChat();
        api.pushText(chat, "Waar kan ik als niet-ingezetene een DigiD aanvragen?", "nl");
        FakeBotApi.Sent answer = api.awaitSentTo(chat, 1, WAIT).getFirst();
        assertThat(buttonData(answer.replyMarkup())).anyMatch(d -> d.startsWith("w:m:"))
                .allMatch(d -> d.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= CallbackData.MAX_BYTES);

        api.pushCallback(chat, "t:huisvesting", 1, "nl");
        FakeBotApi.Sent theme = api.awaitSentTo(chat, 2, WAIT).get(1);
        assertThat(buttonData(theme.replyMarkup())).contains("w:t:huisvesting");

        api.pushCallback(chat, "m:huisvesting-7", 2, "nl");
        FakeBotApi.Sent measure = api.awaitSentTo(chat, 3, WAIT).get(2);
        assertThat(buttonData(measure.replyMarkup())).contains("w:m:huisvesting-7");
    }

    @Test
    void eachFollowerIsToldOnceInTheirLanguage_evenWhenTheChangeIsPublishedTwice() {
        long polish = newChat();
        api.pushCallback(polish, "l:pl", 1, "en");
        api.awaitSentTo(polish, 1, WAIT);
        followByButton(polish, "w:m:huisvesting-7", "en");
        assertThat(api.sentTo(polish).getLast().text()).contains("Teraz obserwujesz").contains("Ochrona najmu");

        long romanian = newChat();
        api.pushCommand(romanian, "/start follow-huisvesting-7", "ro");
        assertThat(api.awaitSentTo(romanian, 1, WAIT).getFirst().text()).contains("Acum urmăriți");

        long themeFollower = newChat();
        followByButton(themeFollower, "w:t:huisvesting", "en");
        assertThat(api.sentTo(themeFollower).getLast().text()).contains("You now follow").contains("Theme:");

        long other = newChat();
        followByButton(other, "w:m:werk-1", "en");

        String version = newVersion();
        StatusChanged change = new StatusChanged("huisvesting-7", Status.VERTRAAGD, Status.AFGEROND, "2026-11", version);
        context.publishEvent(change);
        publish(change); // the second waits in the notifier's queue behind the first

        api.await("a notification to every follower", () -> notifications(polish, CHANGED_PL).size() == 1
                && notifications(romanian, CHANGED_RO).size() == 1 && notifications(themeFollower, CHANGED_EN).size() == 1, WAIT);
        for (long chat : List.of(polish, romanian, themeFollower, other)) {
            drained(chat, "en");
        }
        FakeBotApi.Sent pl = notifications(polish, CHANGED_PL).getFirst();
        assertThat(pl.text()).contains(statusLabel(Status.VERTRAAGD, Language.PL)).contains(statusLabel(Status.AFGEROND, Language.PL))
                .contains("2026").contains("href=\"https://assistant.example/pl/measures/huisvesting-7\"");
        assertThat(buttonData(pl.replyMarkup())).containsExactly("u:m:huisvesting-7");
        FakeBotApi.Sent ro = notifications(romanian, CHANGED_RO).getFirst();
        assertThat(ro.text()).contains(statusLabel(Status.AFGEROND, Language.RO)).contains("/ro/measures/huisvesting-7");
        FakeBotApi.Sent theme = notifications(themeFollower, CHANGED_EN).getFirst();
        assertThat(theme.text()).contains("Before: " + statusLabel(Status.VERTRAAGD, Language.EN))
                .contains("Now: " + statusLabel(Status.AFGEROND, Language.EN)).contains("November 2026");
        assertThat(buttonData(theme.replyMarkup())).containsExactly("u:t:huisvesting");

        assertThat(notifications(polish, CHANGED_PL)).hasSize(1);
        assertThat(notifications(romanian, CHANGED_RO)).hasSize(1);
        assertThat(notifications(themeFollower, CHANGED_EN)).hasSize(1);
        assertThat(notifications(other, CHANGED_EN)).as("a follower of another measure").isEmpty();
    }

    @Test
    void aChatFollowingTheMeasureAndItsThemeIsToldOnce() {
        long chat = newChat();
        followByButton(chat, "w:m:werk-2", "en");
        followByButton(chat, "w:t:werk", "en");
        publish(new StatusChanged("werk-2", Status.IN_UITVOERING, Status.VERTRAAGD, "2026-11", newVersion()));
        api.await("the notification", () -> notifications(chat, CHANGED_EN).size() == 1, WAIT);
        drained(chat, "en");
        assertThat(notifications(chat, CHANGED_EN)).hasSize(1);
        assertThat(buttonData(notifications(chat, CHANGED_EN).getFirst().replyMarkup()))
                .containsExactlyInAnyOrder("u:m:werk-2", "u:t:werk");
    }

    @Test
    void followingListsWhatTheChatFollows_andUnfollowingStopsTheNotifications() {
        long chat = newChat();
        followByButton(chat, "w:m:huisvesting-7", "en");
        followByButton(chat, "w:t:werk", "en");
        api.pushCommand(chat, "/following", "en");
        FakeBotApi.Sent list = api.awaitSentTo(chat, 3, WAIT).get(2);
        assertThat(list.text()).contains("You follow:").contains("Theme: ");
        assertThat(buttonData(list.replyMarkup())).containsExactly("u:t:werk", "u:m:huisvesting-7", "u:*");

        api.pushCallback(chat, "u:m:huisvesting-7", 3, "en");
        assertThat(api.awaitSentTo(chat, 4, WAIT).get(3).text()).contains("You no longer follow");
        publish(new StatusChanged("huisvesting-7", Status.VERTRAAGD, Status.AFGEROND, "2026-11", newVersion()));
        drained(chat, "en");
        assertThat(notifications(chat, CHANGED_EN)).isEmpty();

        api.pushCommand(chat, "/unfollow", "en");
        int count = api.sentTo(chat).size();
        FakeBotApi.Sent choices = api.awaitSentTo(chat, count + 1, WAIT).get(count);
        assertThat(buttonData(choices.replyMarkup())).containsExactly("u:t:werk", "u:*");
        api.pushCallback(chat, "u:*", 5, "en");
        api.awaitSentTo(chat, count + 2, WAIT);
        publish(new StatusChanged("werk-1", Status.IN_UITVOERING, Status.AFGEROND, "2026-11", newVersion()));
        drained(chat, "en");
        assertThat(notifications(chat, CHANGED_EN)).isEmpty();
        assertThat(api.sentTo(chat).getLast().text()).contains("You do not follow anything yet");
    }

    @Test
    void aDeepLinkToAnUnknownMeasureJustStarts() {
        long chat = newChat();
        api.pushCommand(chat, "/start follow-nope-99", "en");
        assertThat(api.awaitSentTo(chat, 1, WAIT).getFirst().text()).contains("Hello");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM follow WHERE chat_key = ?").param(key(chat)).query(Long.class).single()).isZero();
    }

    @Test
    void theStaffLinkOpensAMeasure_andTheFollowLinkFollowsIt() {
        long chat = newChat();
        // The staff area's link: the measure in the client's language, nothing followed.
        api.pushCommand(chat, "/start huisvesting-7_pl", "en");
        List<FakeBotApi.Sent> opened = api.awaitSentTo(chat, 2, WAIT);
        assertThat(opened.getFirst().text()).contains("Ochrona najmu");
        assertThat(opened.get(1).text()).contains("90 dni");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM follow WHERE chat_key = ?").param(key(chat)).query(Long.class).single()).isZero();
        // The pages' and the widget's link: follows it, in the language the staff link chose.
        api.pushCommand(chat, "/start follow-huisvesting-7", "en");
        assertThat(api.awaitSentTo(chat, 3, WAIT).get(2).text()).contains("Teraz obserwujesz");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM follow WHERE chat_key = ?").param(key(chat)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void privacyAlsoSaysHowLongDeclinedQuestionsAreKept() {
        long chat = newChat();
        api.pushCommand(chat, "/privacy", "en");
        assertThat(api.awaitSentTo(chat, 1, WAIT).getFirst().text()).contains("/forget").contains("kept for at most 90 days");
    }

    @Test
    void theFollowTableKeepsNoPlainChatId() {
        long chat = newChat();
        followByButton(chat, "w:m:werk-3", "en");
        byte[] sealed = jdbc().sql("SELECT chat_id FROM follow WHERE chat_key = ?").param(key(chat)).query(byte[].class).single();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(Long.toString(chat));
        assertThat(sealed.length).isGreaterThan(Long.BYTES + 16);
    }

    @Test
    void privacySaysWhatIsKeptInTheUsersLanguage() {
        long chat = newChat();
        api.pushCommand(chat, "/privacy", "bg");
        assertThat(api.awaitSentTo(chat, 1, WAIT).getFirst().text()).contains("Какво пазя").contains("30").contains("/forget");
    }

    @Test
    void forgetLeavesNothingOfTheChatInAnyTable() {
        long chat = newChat();
        String key = key(chat);
        api.pushCallback(chat, "l:pl", 1, "pl");
        api.awaitSentTo(chat, 1, WAIT);
        api.pushText(chat, "Mieszkamy w 8 osób w jednym pokoju w domu agencji.", "pl");
        api.awaitSentTo(chat, 2, WAIT);
        followByButton(chat, "w:m:huisvesting-7", "pl");
        followByButton(chat, "w:t:werk", "pl");
        publish(new StatusChanged("huisvesting-7", Status.VERTRAAGD, Status.AFGEROND, "2026-11", newVersion()));
        api.await("the notification", () -> notifications(chat, CHANGED_PL).size() == 1, WAIT);
        List<String> tables = tablesKeyedByChat();
        assertThat(tables).as("every table keyed by the pseudonym is erased by /forget")
                .containsExactlyInAnyOrderElementsOf(ChatErasure.TABLES);
        assertThat(rowsOf(key, tables)).as("the chat left something to forget").isPositive();

        int before = api.sentTo(chat).size();
        api.pushCommand(chat, "/forget", "pl");
        assertThat(api.awaitSentTo(chat, before + 1, WAIT).get(before).text()).contains("Usunąłem wszystko");
        api.await("the confirmation to leave the outbox", () -> rowsOf(key, tables) == 0, WAIT);
        assertThat(rowsOf(key, tables)).isZero();
    }

    @Test
    void aRestartWhileSendingNotificationsSendsEachOnce() {
        long first = newChat();
        long second = newChat();
        followByButton(first, "w:m:beleid-1", "en");
        followByButton(second, "w:m:beleid-1", "en");
        StatusChanged change = new StatusChanged("beleid-1", Status.IN_UITVOERING, Status.AFGEROND, "2026-11", newVersion());

        // One notification reaches Telegram, the other is in flight when the service stops.
        api.holdAfter("sendMessage", 1);
        try {
            context.publishEvent(change);
            api.await("one notification held in flight", () -> api.heldCount("sendMessage") >= 1, WAIT);
            context.close();
        } finally {
            api.releaseHeld("sendMessage");
        }
        context = BotContext.start(api, dataDir, databaseArguments);

        api.await("both notifications", () -> notifications(first, CHANGED_EN).size() == 1
                && notifications(second, CHANGED_EN).size() == 1, WAIT);
        publish(change); // a reload after the restart may publish it again
        drained(first, "en");
        drained(second, "en");
        assertThat(notifications(first, CHANGED_EN)).hasSize(1);
        assertThat(notifications(second, CHANGED_EN)).hasSize(1);
    }

    /** Every table of the service's schema with a chat_key column: so a new one cannot be missed by /forget. */
    private static List<String> tablesKeyedByChat() {
        return jdbc().sql("""
                SELECT LOWER(table_name) FROM information_schema.columns
                WHERE LOWER(column_name) = 'chat_key' AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA)
                """).query(String.class).list();
    }

    private static long rowsOf(String key, List<String> tables) {
        long rows = 0;
        for (String table : tables) {
            rows += jdbc().sql("SELECT COUNT(*) FROM " + table + " WHERE chat_key = ?").param(key).query(Long.class).single();
        }
        return rows;
    }
}
