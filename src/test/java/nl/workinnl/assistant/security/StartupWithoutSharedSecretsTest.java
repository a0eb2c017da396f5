package nl.workinnl.assistant.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import nl.workinnl.assistant.AssistantApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mock.env.MockEnvironment;

/**
 * On a database replicas share, an empty secret is refused at start-up instead of each replica
 * making its own key (contexts, votes and outbox rows the others cannot open). Decided from the
 * datasource URL before any connection: these tests need no PostgreSQL, nothing listens on port 1.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupWithoutSharedSecretsTest {

    private static final String POSTGRES = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/assistant?password=hunter2";

    @Test
    void aSharedDatabaseWithoutTheConversationSecretStopsTheServiceAndNamesTheProperty(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> SpringApplication.run(AssistantApplication.class,
                "--server.port=0", POSTGRES, "--assistant.conversation.secret="));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(MissingSharedSecretException.class)
                .hasMessageContaining("assistant.conversation.secret").hasMessageContaining("ASSISTANT_CONVERSATION_SECRET");
        assertThat(output).contains("assistant.conversation.secret");
        assertThat(output).as("the URL's password is not logged").doesNotContain("hunter2");
    }

    @Test
    void aBotOnASharedDatabaseWithoutTheChatKeyStopsTheServiceAndNamesTheProperty(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> SpringApplication.run(AssistantApplication.class,
                "--server.port=0", POSTGRES, "--assistant.conversation.secret=shared", "--telegram.bot-token=123456:TEST-token",
                "--telegram.api-url=http://127.0.0.1:1"));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(MissingSharedSecretException.class)
                .hasMessageContaining("telegram.chat-key").hasMessageNotContaining("assistant.conversation.secret");
        assertThat(output).contains("telegram.chat-key");
    }

    private static MockEnvironment environment(String url) {
        MockEnvironment env = new MockEnvironment();
        if (url != null) {
            env.setProperty("spring.datasource.url", url);
        }
        return env;
    }

    @Test
    void theEmbeddedDatabaseNeedsNoSecret() {
        for (String url : new String[] {null, "", "jdbc:h2:file:./data/assistant;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "JDBC:H2:./data/assistant"}) {
            MockEnvironment env = environment(url);
            env.setProperty("telegram.bot-token", "123456:TEST-token");
            assertThatCode(() -> SharedDatabaseSecrets.check(env)).as(String.valueOf(url)).doesNotThrowAnyException();
        }
    }

    @Test
    void anH2ServedToOtherProcessesIsShared() {
        for (String url : new String[] {"jdbc:h2:tcp://db:9092/assistant", "jdbc:h2:ssl://db/assistant",
                "jdbc:h2:file:./data/assistant;AUTO_SERVER=TRUE"}) {
            assertThat(catchThrowable(() -> SharedDatabaseSecrets.check(environment(url)))).as(url)
                    .isInstanceOf(MissingSharedSecretException.class);
        }
    }

    @Test
    void withoutABotOnlyTheConversationSecretIsNeeded() {
        MockEnvironment env = environment("jdbc:postgresql://db:5432/assistant");
        env.setProperty("assistant.conversation.secret", "shared");
        env.setProperty("telegram.bot-token", "  ");
        assertThatCode(() -> SharedDatabaseSecrets.check(env)).doesNotThrowAnyException();

        env.setProperty("telegram.bot-token", "123456:TEST-token");
        env.setProperty("telegram.chat-key", "c2hhcmVk");
        assertThatCode(() -> SharedDatabaseSecrets.check(env)).doesNotThrowAnyException();
    }

    @Test
    void bothMissingAreNamedAtOnce() {
        MockEnvironment env = environment("jdbc:postgresql://db:5432/assistant");
        env.setProperty("telegram.bot-token", "123456:TEST-token");
        assertThat(catchThrowable(() -> SharedDatabaseSecrets.check(env)))
                .hasMessageContaining("assistant.conversation.secret").hasMessageContaining("telegram.chat-key");
    }
}
