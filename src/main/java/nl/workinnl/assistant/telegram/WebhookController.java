package nl.workinnl.assistant.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
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
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates in webhook mode. The library does not check Telegram's secret-token header, so
 * this does: a wrong or missing secret gets 401 and the update is never read.
 */
final class WebhookController {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Telegram's updates are a few kilobytes; anything far larger is not from Telegram. */
    static final int MAX_BODY = 256 * 1024;

    private final byte[] secret;
    private final UpdateProcessor processor;
    private final ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

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
        Update update;
        try {
            update = mapper.readValue(body, Update.class);
        } catch (IOException e) {
            return ServerResponse.badRequest().body(new ApiError("The body is not a Telegram update."));
        }
        if (update == null || update.getUpdateId() == null) {
            return ServerResponse.badRequest().body(new ApiError("The body is not a Telegram update."));
        }
        processor.process(update);
        return ServerResponse.ok().build();
    }

    private static ServerResponse tooLarge() {
        return ServerResponse.status(HttpStatus.CONTENT_TOO_LARGE).body(new ApiError("The update is larger than " + MAX_BODY + " bytes."));
    }
}
