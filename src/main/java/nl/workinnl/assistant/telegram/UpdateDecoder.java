package nl.workinnl.assistant.telegram;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Decodes one update, for the poller and the webhook alike. An update the library's types cannot
 * hold is logged and reported as {@link Unreadable}, so that it can be acknowledged and the others
 * answered. The log names only the update id and where and why decoding failed: Jackson's own
 * messages quote the offending value, which may be a chat id or a user's text.
 */
final class UpdateDecoder {

    private static final Logger log = LoggerFactory.getLogger(UpdateDecoder.class);

    private final ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    sealed interface Decoded {}

    record Readable(Update update) implements Decoded {}

    /** {@code updateId} is null when the update does not carry a usable one. */
    record Unreadable(Integer updateId, String reason) implements Decoded {}

    Decoded decode(JsonNode json) {
        JsonNode id = json == null ? null : json.get("update_id");
        Integer updateId = id != null && id.isIntegralNumber() && id.canConvertToInt() ? id.intValue() : null;
        if (updateId == null) {
            return unreadable(null, "no update_id that fits an int");
        }
        try {
            Update update = mapper.treeToValue(json, Update.class);
            return new Readable(update);
        } catch (IOException | IllegalArgumentException e) {
            return unreadable(updateId, reason(e));
        }
    }

    private static Unreadable unreadable(Integer updateId, String reason) {
        log.warn("Skipping update {} that cannot be decoded: {}", updateId == null ? "(no id)" : updateId, reason);
        return new Unreadable(updateId, reason);
    }

    private static String reason(Exception e) {
        String what = switch (rootOf(e)) {
            case InputCoercionException x -> "a number out of range";
            case InvalidFormatException x -> "a value of the wrong format";
            case MismatchedInputException x -> "a value of the wrong type";
            case Throwable t -> t.getClass().getSimpleName();
        };
        String where = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")) : "";
        return where.isEmpty() ? what : what + " at " + where;
    }

    private static Throwable rootOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
