package nl.workinnl.assistant.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages and the widget offer following a measure through the bot (a Telegram deep link) only
 * when the bot's username is configured.
 */
class FollowLinkTest {

    private static String get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "telegram.bot-username=@workinnl_test_bot")
    class WithABot {

        @LocalServerPort
        int port;

        @Test
        void aMeasurePageLinksToTheBotWithTheMeasureChosen() throws Exception {
            assertThat(get(port, "/pl/measures/huisvesting-7"))
                    .contains("href=\"https://t.me/workinnl_test_bot?start=follow-huisvesting-7\"")
                    .contains("Obserwuj ten środek w Telegramie");
        }

        @Test
        void theWidgetLearnsTheBotAndItsFollowText() throws Exception {
            assertThat(get(port, "/api/v1/widget?lang=ro")).contains("\"telegramBot\":\"workinnl_test_bot\"")
                    .contains("\"follow\":\"Urmăriți în Telegram\"");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class WithoutABot {

        @LocalServerPort
        int port;

        @Test
        void nothingIsOffered() throws Exception {
            assertThat(get(port, "/en/measures/huisvesting-7")).doesNotContain("t.me/").doesNotContain("class=\"follow\"");
            assertThat(get(port, "/api/v1/widget?lang=en")).doesNotContain("telegramBot");
        }
    }
}
