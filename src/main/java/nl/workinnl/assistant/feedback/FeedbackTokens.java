package nl.workinnl.assistant.feedback;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import nl.workinnl.assistant.security.HmacSha256;

/**
 * The token an answer carries so that its reader can vote on it: which measures it cited, when, and
 * a random id that makes each answer's vote count once. Signed (HMAC-SHA256, key derived from
 * {@code assistant.conversation.secret}), so a vote needs an answer this service gave, on any replica;
 * not encrypted, as it holds nothing the answer does not show.
 *
 * <p>Form: {@code f1.<id>.<epoch seconds>.<measure,measure>.<signature>}, all URL-safe.
 */
public final class FeedbackTokens {

    /** Why a token gives no vote, in a sentence for the caller. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private static final String VERSION = "f1";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    /** Ids of a few measures and a signature; a token this long was not made here. */
    private static final int MAX_LENGTH = 4096;

    private final HmacSha256 signing;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public FeedbackTokens(byte[] secretMaterial, Duration ttl, Clock clock) {
        this.signing = HmacSha256.derivedFrom("feedback-token:".getBytes(StandardCharsets.UTF_8), secretMaterial);
        this.ttl = ttl;
        this.clock = clock;
    }

    public String issue(List<String> measureIds) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String payload = String.join(".", VERSION, BASE64.encodeToString(id), Long.toString(clock.instant().getEpochSecond()),
                String.join(",", measureIds));
        return payload + "." + BASE64.encodeToString(signing.sign(payload.getBytes(StandardCharsets.UTF_8)));
    }

    /** The ballot a vote on an answer will carry, from the token this service issued for it. */
    public static String ballotOf(String issuedToken) {
        return "w:" + issuedToken.split("\\.", -1)[1];
    }

    /** The token's id, its ballot, when it is valid for a vote on this measure; else {@link Refused}. */
    public String ballot(String token, String measureId) {
        String[] f = token.length() > MAX_LENGTH ? new String[0] : token.split("\\.", -1);
        if (f.length != 5 || !VERSION.equals(f[0]) || !signed(token.substring(0, token.lastIndexOf('.')), f[4])) {
            throw new Refused("'token' is not a feedback token of this service: send the feedbackToken of the answer.");
        }
        Instant issued;
        try {
            issued = Instant.ofEpochSecond(Long.parseLong(f[2]));
        } catch (RuntimeException e) {
            throw new Refused("'token' is not a feedback token of this service: send the feedbackToken of the answer.");
        }
        if (issued.plus(ttl).isBefore(clock.instant())) {
            throw new Refused("'token' has expired: ask again to rate the answer.");
        }
        if (!List.of(f[3].split(",")).contains(measureId)) {
            throw new Refused("'token' belongs to an answer that did not cite '" + measureId + "'.");
        }
        return "w:" + f[1];
    }

    private boolean signed(String payload, String signature) {
        try {
            return signing.verifies(payload.getBytes(StandardCharsets.UTF_8), Base64.getUrlDecoder().decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
