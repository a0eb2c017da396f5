package nl.workinnl.assistant.telegram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.workinnl.assistant.AssistantApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole service with the bot on, pointed at a fake Bot API, with its data (a file
 * database and the pseudonym key) in a directory that survives a restart.
 */
final class BotContext {

    private BotContext() {}

    static ConfigurableApplicationContext start(FakeBotApi api, Path dataDir, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--telegram.bot-token=123456:TEST-token",
                "--telegram.api-url=" + api.baseUrl(),
                "--telegram.poll-timeout=2s",
                "--telegram.per-chat=100ms",
                "--assistant.data-dir=" + dataDir.toAbsolutePath(),
                "--assistant.public-url=https://assistant.example",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.toAbsolutePath() + "/assistant;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                "--logging.level.nl.workinnl=INFO"));
        for (String e : extra) {
            String name = e.substring(0, e.indexOf('=') + 1);
            args.removeIf(a -> a.startsWith(name));
            args.add(e);
        }
        return new SpringApplicationBuilder(AssistantApplication.class).run(args.toArray(String[]::new));
    }
}
