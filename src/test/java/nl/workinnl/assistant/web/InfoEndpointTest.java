package nl.workinnl.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/** An operator can tell from {@code /actuator/info} which build runs on which edition of the data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InfoEndpointTest {

    @LocalManagementPort
    int port;

    @Autowired
    CurrentKnowledge knowledge;

    @Test
    @SuppressWarnings("unchecked")
    void infoNamesTheBuildAndTheDataVersion() {
        Map<String, Object> info = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/info").retrieve()
                .body(new ParameterizedTypeReference<>() {});
        assertThat(info).containsKeys("build", "data");
        assertThat((Map<String, Object>) info.get("build")).containsEntry("artifact", "assistant")
                .containsKeys("version", "time");
        Map<String, Object> data = (Map<String, Object>) info.get("data");
        // The edition is the loaded overview's date, whichever edition the data holds.
        assertThat(data).containsEntry("edition", knowledge.get().corpus().catalogue().statusDate());
        assertThat((String) data.get("edition")).matches("\\d{4}-\\d{2}");
        assertThat((String) data.get("hash")).matches("[0-9a-f]{12}");
    }
}
