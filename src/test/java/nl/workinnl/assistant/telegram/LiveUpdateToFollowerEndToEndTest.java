package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.testing.DataCopies;
import nl.workinnl.assistant.testing.DataEdits;
import nl.workinnl.assistant.translation.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * From a real live update to a follower's notification, with nothing published by hand: the
 * service runs over copies of the corpus and translations, chats follow a measure through the bot
 * (the Follow button, the deep link), the measure's status is changed in the copied file (by hand, or
 * by importing a changed overview with the editor's command), and the reload (by the file watcher, or
 * by the reload endpoint a copying deployment calls) must reach each
 * follower as exactly one message in the chat's language, naming the old and the new status; a
 * second reload that finds nothing changed sends nothing.
 */
@ParameterizedClass(name = "reloaded by the {0}")
@EnumSource(LiveUpdateToFollowerEndToEndTest.Trigger.class)
class LiveUpdateToFollowerEndToEndTest {

    enum Trigger {
        /** The watcher notices the edited file. */
        FILE_WATCHER,
        /**
         * A deployment that copies files calls the endpoint; the watcher's quiet period is set far
         * beyond the test, so that it is the endpoint's reload that swaps and publishes.
         */
        RELOAD_ENDPOINT,
        /**
         * An editor imports a new edition of the overview (the import-overview command) into the
         * running service's corpus directory; the watcher notices the files it wrote.
         */
        IMPORT
    }

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOKEN = "end-to-end-reload-token";
    private static final String MEASURE = "huisvesting-7";

    @TempDir
    static Path dir;

    private static FakeBotApi api;
    private static ConfigurableApplicationContext context;
    private static DataEdits edits;
    /** The edition the change is made in: after the copied data's own, whichever that is. */
    private static String next;

    private static Path corpus;
    private static Path translations;

    @Parameter
    Trigger trigger;

    @BeforeParameterizedClassInvocation
    static void start(Trigger trigger) {
        // A copy per invocation: the first one's edition must not be the second one's starting point.
        Path data = dir.resolve(trigger.name().toLowerCase());
        DataCopies.copy(Path.of("corpus"), data.resolve("corpus"));
        DataCopies.copy(Path.of("translations"), data.resolve("translations"));
        edits = new DataEdits(data.resolve("corpus"));
        next = edits.nextEdition();
        api = FakeBotApi.start();
        context = BotContext.start(api, data.resolve("service"),
                "--assistant.corpus-dir=" + data.resolve("corpus"),
                "--assistant.translations-dir=" + data.resolve("translations"),
                "--assistant.reload-token=" + TOKEN,
                "--assistant.reload-quiet-period=" + (trigger == Trigger.RELOAD_ENDPOINT ? "1h" : "200ms"));
        corpus = data.resolve("corpus");
        translations = data.resolve("translations");
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (context != null) {
            context.close();
        }
        api.close();
    }

    @Test
    void aStatusChangedInTheCorpusDirectoryReachesEachFollowerOnceInTheirLanguage() {
        long polish = 9101;
        api.pushCallback(polish, "l:pl", 1, "en");
        api.awaitSentTo(polish, 1, WAIT);
        api.pushCallback(polish, "w:m:" + MEASURE, 1, "en");
        assertThat(api.awaitSentTo(polish, 2, WAIT).get(1).text()).contains("Teraz obserwujesz");

        long romanian = 9102;
        api.pushCommand(romanian, "/start follow-" + MEASURE, "ro");
        assertThat(api.awaitSentTo(romanian, 1, WAIT).getFirst().text()).contains("Acum urmăriți");

        int polishBefore = api.sentTo(polish).size();
        int romanianBefore = api.sentTo(romanian).size();
        Status from = edits.status(MEASURE);
        Status to = from == Status.AFGEROND ? Status.VERTRAAGD : Status.AFGEROND;
        String serving = knowledge().get().version().toString();

        if (trigger == Trigger.IMPORT) {
            importEdition(from, to);
        } else {
            edits.changeStatus(MEASURE, to, next);
        }
        if (trigger == Trigger.RELOAD_ENDPOINT) {
            Map<String, Object> result = reload();
            assertThat(result).containsEntry("result", "swapped").containsEntry("statusChanges", 1);
        }

        api.await("a notification to both followers", () -> api.sentTo(polish).size() > polishBefore
                && api.sentTo(romanian).size() > romanianBefore, WAIT);
        assertThat(knowledge().get().version().toString()).isNotEqualTo(serving).startsWith(next + "/");

        // A reload that finds the files as they are swaps nothing and tells nobody again.
        assertThat(reload()).containsEntry("result", "unchanged");
        // The notifier tells on a thread of its own: whatever it would still send is stored once it is idle.
        assertThat(context.getBean(FollowNotifier.class).awaitIdle(WAIT)).isTrue();
        drained(polish);
        drained(romanian);

        List<FakeBotApi.Sent> toPolish = api.sentTo(polish).subList(polishBefore, api.sentTo(polish).size());
        List<FakeBotApi.Sent> toRomanian = api.sentTo(romanian).subList(romanianBefore, api.sentTo(romanian).size());
        // What each chat got since it followed: the notification, then the reply to drained()'s /following.
        assertThat(toPolish).hasSize(2);
        assertThat(toRomanian).hasSize(2);
        assertNotification(toPolish.getFirst(), Language.PL, from, to);
        assertNotification(toRomanian.getFirst(), Language.RO, from, to);
    }

    /**
     * The overview with the measure's status line changed, imported as the next edition with the
     * command an editor runs: the command, not the test, writes the status, date and history.
     */
    private static void importEdition(Status from, Status to) {
        try {
            Path source;
            try (var files = java.nio.file.Files.list(corpus.resolve("sources"))) {
                source = files.filter(f -> f.getFileName().toString().startsWith("monitoringsoverzicht-")).sorted()
                        .reduce((a, b) -> b).orElseThrow();
            }
            String overview = java.nio.file.Files.readString(source);
            String heading = "7. Huur(prijs)bescherming\n";
            int at = overview.indexOf(heading);
            assertThat(at).as("the rent protection measure's block in " + source).isGreaterThanOrEqualTo(0);
            String was = "\n- " + knowledge().get().translations().statusLabel(from, Language.NL) + "\n";
            int line = overview.indexOf(was, at);
            assertThat(line).as("its status line").isGreaterThan(at);
            String edited = overview.substring(0, line) + "\n- " + knowledge().get().translations().statusLabel(to, Language.NL) + "\n"
                    + overview.substring(line + was.length());
            Path document = dir.resolve("monitoringsoverzicht-" + next + ".txt");
            java.nio.file.Files.writeString(document, edited);
            var out = new java.io.ByteArrayOutputStream();
            var err = new java.io.ByteArrayOutputStream();
            int status = nl.workinnl.assistant.edition.ImportOverviewCommand.run(List.of(document.toString(), "--edition", next,
                    "--corpus-dir", corpus.toString(), "--translations-dir", translations.toString()),
                    new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                    new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(status).as("import-overview: " + err.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains(MEASURE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertNotification(FakeBotApi.Sent sent, Language language, Status from, Status to) {
        Messages messages = knowledge().get().messages();
        // The texts are the interface files', which translators revise; the test is about which of them are sent.
        String start = messages.text(language, "bot.follow.changed");
        String label = knowledge().get().translations().statusLabel(from, language);
        String newLabel = knowledge().get().translations().statusLabel(to, language);
        assertThat(sent.text()).startsWith(start)
                .contains(messages.format(language, "bot.follow.was", Map.of("status", label)))
                .contains(messages.format(language, "bot.follow.now", Map.of("status", newLabel, "date", Messages.month(next))))
                .contains("/" + language.code() + "/measures/" + MEASURE);
    }

    /**
     * Waits until everything stored for the chat has been sent: the reply to a command comes after
     * what was queued before it (each chat's messages go out in order), so a second notification
     * would show by then.
     */
    private static void drained(long chat) {
        int before = api.sentTo(chat).size();
        api.pushCommand(chat, "/following", "en");
        api.awaitSentTo(chat, before + 1, WAIT);
        String key = new ChatPseudonyms(context.getBean(PseudonymKey.class)).of(chat);
        api.await("the outbox of the chat to be empty", () -> context.getBean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM outbox WHERE chat_key = ?").param(key).query(Long.class).single() == 0, WAIT);
    }

    private static CurrentKnowledge knowledge() {
        return context.getBean(CurrentKnowledge.class);
    }

    private static Map<String, Object> reload() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return RestClient.create("http://127.0.0.1:" + port).post().uri("/api/v1/admin/reload")
                .header("Authorization", "Bearer " + TOKEN).retrieve().body(new ParameterizedTypeReference<>() {});
    }
}
