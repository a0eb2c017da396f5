package nl.workinnl.assistant.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import nl.workinnl.assistant.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Receives updates in webhook mode. The library does not check Telegram's secret-token header, so
 * this does: a wrong or missing secret gets 401 and the update is never read. A body that is no
 * update at all gets 400; an update the client cannot decode gets 200 (and a log line), because
 * Telegram repeats every update it gets no 2xx for, and this one would never succeed.
 */
final class WebhookController {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Telegram's updates are a few kilobytes; anything far larger is not from Telegram. */
    static final int MAX_BODY = 256 * 1024;

    private final byte[] secret;
    private final UpdateProcessor processor;
    private final ObjectMapper mapper = new ObjectMapper();
    private final UpdateDecoder decoder = new UpdateDecoder();

    WebhookController(String secret, UpdateProcessor processor) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.processor = processor;
    }

    /** The endpoint, as a functional route: it exists only in webhook mode. */
    RouterFunction<ServerResponse> route() {
        return RouterFunctions.route().POST(PATH, this::receive).build();
    }

    ServerResponse receive(ServerRequest request) throws IOException {
        String token = request.headers().firstHeader(SECRET_HEADER);
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            return ServerResponse.status(HttpStatus.UNAUTHORIZED).body(new ApiError("Wrong or missing " + SECRET_HEADER + "."));
        }
        if (request.headers().contentLength().orElse(0) > MAX_BODY) {
            return tooLarge();
        }
        byte[] body;
        try (InputStream in = request.servletRequest().getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return tooLarge();
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (IOException e) {
            return notAnUpdate();
        }
        if (json == null || !json.isObject()) {
            return notAnUpdate();
        }
        return switch (decoder.decode(json)) {
            case UpdateDecoder.Readable readable -> {
                processor.process(readable.update());
                yield ServerResponse.ok().build();
            }
            case UpdateDecoder.Unreadable unreadable when unreadable.updateId() == null -> notAnUpdate();
            case UpdateDecoder.Unreadable unreadable -> ServerResponse.ok().build();
        };
    }

    private static ServerResponse notAnUpdate() {
        return ServerResponse.badRequest().body(new ApiError("The body is not a Telegram update."));
    }

    private static ServerResponse tooLarge() {
        return ServerResponse.status(HttpStatus.CONTENT_TOO_LARGE).body(new ApiError("The update is larger than " + MAX_BODY + " bytes."));
    }
}
