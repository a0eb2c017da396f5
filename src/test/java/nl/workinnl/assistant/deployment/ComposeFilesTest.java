package nl.workinnl.assistant.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What the Compose files promise, read as Compose reads them (no Docker engine runs here; `.ci/run`
 * also runs `docker-compose config` where the binary exists): the default file needs no variable, the
 * cluster's replicas refuse to come up without the secrets they share and register the webhook, and
 * Docker waits for a clean stop instead of killing the service in the middle of it.
 */
class ComposeFilesTest {

    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z_]+):\\?[^}]+}");

    /**
     * What the bot may take after the web server's phase: status changes being told (FollowNotifier,
     * 10 s), the update in hand (UpdatePoller, 10 s), sends in flight (TelegramBot, 10 s, then 5 s for
     * those cancelled).
     */
    private static final Duration BOT_STOP = Duration.ofSeconds(35);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of(file))) {
            return (Map<String, Object>) new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services(String file) throws IOException {
        return (Map<String, Map<String, Object>>) yaml(file).get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        return (Map<String, Object>) service.get("environment");
    }

    private static Duration seconds(Object value) {
        Matcher m = Pattern.compile("(\\d+)s").matcher(String.valueOf(value));
        assertThat(m.matches()).as("a duration in seconds: " + value).isTrue();
        return Duration.ofSeconds(Long.parseLong(m.group(1)));
    }

    @SuppressWarnings("unchecked")
    private static Duration shutdownPhase() throws IOException {
        Map<String, Object> spring = (Map<String, Object>) yaml("src/main/resources/application.yaml").get("spring");
        return seconds(((Map<String, Object>) spring.get("lifecycle")).get("timeout-per-shutdown-phase"));
    }

    @Test
    void theDefaultServiceNeedsNoConfiguration() throws IOException {
        assertThat(REQUIRED.matcher(Files.readString(Path.of("docker-compose.yml"))).find()).isFalse();
        assertThat(services("docker-compose.yml")).containsOnlyKeys("assistant");
    }

    @Test
    void theReplicasRequireTheSecretsTheyShareAndRegisterTheWebhook() throws IOException {
        Map<String, Map<String, Object>> services = services("docker-compose.cluster.yml");
        for (String name : List.of("assistant-1", "assistant-2")) {
            Map<String, Object> env = environment(services.get(name));
            assertThat(env.get("SPRING_DATASOURCE_URL").toString()).as(name).startsWith("jdbc:postgresql:");
            for (String secret : List.of("ASSISTANT_CONVERSATION_SECRET", "TELEGRAM_CHAT_KEY", "SPRING_DATASOURCE_PASSWORD")) {
                Matcher required = REQUIRED.matcher(String.valueOf(env.get(secret)));
                assertThat(required.matches()).as(name + " requires " + secret + ": " + env.get(secret)).isTrue();
            }
            assertThat(env).as(name).containsEntry("TELEGRAM_MODE", "webhook")
                    .containsEntry("TELEGRAM_WEBHOOK_URL", "${TELEGRAM_WEBHOOK_URL:-}");
        }
    }

    @Test
    void dockerWaitsForACleanStop() throws IOException {
        Duration needed = shutdownPhase().plus(BOT_STOP);
        Map<String, Map<String, Object>> all = new java.util.LinkedHashMap<>(services("docker-compose.yml"));
        all.putAll(services("docker-compose.cluster.yml"));
        all.forEach((name, service) -> {
            if ("workinnl-assistant:local".equals(service.get("image"))) {
                assertThat(service.get("stop_grace_period")).as(name + ": stop_grace_period").isNotNull();
                assertThat(seconds(service.get("stop_grace_period"))).as(name).isGreaterThan(needed);
            }
        });
        assertThat(all.keySet()).contains("assistant", "assistant-1", "assistant-2");
    }
}
