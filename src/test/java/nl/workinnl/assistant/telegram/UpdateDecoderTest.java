package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class UpdateDecoderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final UpdateDecoder decoder = new UpdateDecoder();

    private static ObjectNode update(Consumer<ObjectNode> tamper) throws Exception {
        ObjectNode update = (ObjectNode) JSON.readTree("""
                {"update_id": 42, "message": {"message_id": 7, "date": 1764489600,
                 "chat": {"id": 4001, "type": "private"}, "from": {"id": 4001, "is_bot": false, "first_name": "A"},
                 "text": "Mijn BSN is 123456782"}}""");
        tamper.accept((ObjectNode) update.get("message"));
        return update;
    }

    @Test
    void aWellFormedUpdateIsReadable() throws Exception {
        UpdateDecoder.Decoded decoded = decoder.decode(update(m -> { }));
        assertThat(decoded).isInstanceOfSatisfying(UpdateDecoder.Readable.class,
                r -> assertThat(r.update().getMessage().getText()).isEqualTo("Mijn BSN is 123456782"));
    }

    @Test
    void eachPoisonKindIsUnreadableWithItsIdAndAReasonThatQuotesNoValue() throws Exception {
        Map<String, String> where = Map.of(
                "text is an object", "message.text",
                "chat id above 2^63", "message.chat.id",
                "message_id above 2^31", "message.message_id",
                "date is a string", "message.date");
        for (var poison : TelegramReliabilityTest.POISON.entrySet()) {
            JsonNode json = update(poison.getValue());
            assertThat(decoder.decode(json)).as(poison.getKey()).isInstanceOfSatisfying(UpdateDecoder.Unreadable.class, u -> {
                assertThat(u.updateId()).isEqualTo(42);
                assertThat(u.reason()).endsWith(where.get(poison.getKey()))
                        .doesNotContain("123456782").doesNotContain("18446744073709551623").doesNotContain("yesterday")
                        .doesNotContain("4001");
            });
        }
    }

    @Test
    void anUpdateWithoutAUsableIdIsUnreadableWithoutOne() throws Exception {
        assertThat(decoder.decode(JSON.readTree("{\"update_id\": \"x\"}")))
                .isInstanceOfSatisfying(UpdateDecoder.Unreadable.class, u -> assertThat(u.updateId()).isNull());
    }
}
