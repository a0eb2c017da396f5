package nl.workinnl.assistant.telegram;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * getUpdates answered with each update as raw JSON. The library's own GetUpdates decodes the batch
 * as a whole, so one update its types cannot hold (a chat id above 2^63, a text that is an object)
 * fails the batch, the offset never moves and the bot is stuck for good; here
 * {@link UpdateDecoder} decodes them one by one. The library still sends the request and reads the
 * envelope, so errors keep their code and retry_after.
 */
final class RawGetUpdates extends BotApiMethod<ArrayList<RawGetUpdates.RawUpdate>> {

    @JsonProperty("offset")
    private final int offset;
    @JsonProperty("limit")
    private final int limit;
    @JsonProperty("timeout")
    private final int timeout;

    RawGetUpdates(int offset, int limit, int timeoutSeconds) {
        this.offset = offset;
        this.limit = limit;
        this.timeout = timeoutSeconds;
    }

    @Override
    public String getMethod() {
        return GetUpdates.PATH;
    }

    @Override
    public ArrayList<RawUpdate> deserializeResponse(String answer) throws TelegramApiRequestException {
        return deserializeResponseArray(answer, RawUpdate.class);
    }

    /** One element of the result, not yet decoded. */
    record RawUpdate(JsonNode json) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static RawUpdate of(JsonNode json) {
            return new RawUpdate(json);
        }
    }
}
