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
 * The token an answer carries so that its reader can vote on it: which measures it cited, when, a
 * random id that makes each answer's vote count once, and a note for the vote to bring back (the
 * question, sealed by whoever keeps "not helpful" questions). Signed (HMAC-SHA256, key derived from
 * {@code assistant.conversation.secret}), so a vote needs an answer this service gave, on any replica;
 * not encrypted itself, as the rest holds nothing the answer does not show.
 *
 * <p>Form: {@code f2.<id>.<epoch seconds>.<measure,measure>.<note>.<signature>}, all URL-safe; the
 * {@code f1} form without a note, issued before, still gives a vote for as long as it is valid.
 */
public final class FeedbackTokens {

    /** Why a token gives no vote, in a sentence for the caller. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** A vote's key (each answer counts once) and the note its token carried, empty when none. */
    public record Ballot(String key, String note) {}

    private static final String VERSION = "f2";
    private static final String VERSION_WITHOUT_NOTE = "f1";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    /** Ids of a few measures, a sealed question of at most 500 characters and a signature; a token this long was not made here. */
    private static final int MAX_LENGTH = 8192;

    private final HmacSha256 signing;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public FeedbackTokens(byte[] secretMaterial, Duration ttl, Clock clock) {
        this.signing = HmacSha256.derivedFrom("feedback-token:".getBytes(StandardCharsets.UTF_8), secretMaterial);
        this.ttl = ttl;
        this.clock = clock;
    }

    /** @param note URL-safe base64 (no dots), for the vote to bring back; may be empty */
    public String issue(List<String> measureIds, String note) {
        if (!note.matches("[A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("A note must be URL-safe base64");
        }
        byte[] id = new byte[16];
        random.nextBytes(id);
        String payload = String.join(".", VERSION, BASE64.encodeToString(id), Long.toString(clock.instant().getEpochSecond()),
                String.join(",", measureIds), note);
        return payload + "." + BASE64.encodeToString(signing.sign(payload.getBytes(StandardCharsets.UTF_8)));
    }

    /** The token's ballot, when it is valid for a vote on this measure; else {@link Refused}. */
    public Ballot ballot(String token, String measureId) {
        String[] f = token.length() > MAX_LENGTH ? new String[0] : token.split("\\.", -1);
        boolean known = f.length == 6 && VERSION.equals(f[0]) || f.length == 5 && VERSION_WITHOUT_NOTE.equals(f[0]);
        if (!known || !signed(token.substring(0, token.lastIndexOf('.')), f[f.length - 1])) {
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
        return new Ballot("w:" + f[1], f.length == 6 ? f[4] : "");
    }

    private boolean signed(String payload, String signature) {
        try {
            return signing.verifies(payload.getBytes(StandardCharsets.UTF_8), Base64.getUrlDecoder().decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
