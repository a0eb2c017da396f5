package nl.workinnl.assistant.dialogue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.security.AesGcm;
import nl.workinnl.assistant.security.SharedSecret;
import nl.workinnl.assistant.staff.Period;
import nl.workinnl.assistant.staff.StaffQuery;

/**
 * Turns a {@link ConversationContext} into the opaque string a client sends back with its next
 * message, and back. AES-GCM makes it unreadable (it may hold the user's last unanswered words) and
 * tamper-safe: a forged, foreign, damaged or expired string decodes to the empty context, never to
 * an error.
 */
public final class ContextCodec {

    /** The longest context string accepted; longer ones are ignored. */
    public static final int MAX_ENCODED = 4096;
    private static final String VERSION = "c3";
    /** The forms before the earlier topics (c1) and the other question (c2) were kept, still read during an upgrade. */
    private static final String VERSION_1 = "c1";
    private static final String VERSION_2 = "c2";
    private static final int NONCE_BYTES = 12;

    private final AesGcm sealing;
    private final Duration ttl;
    private final Clock clock;

    /** {@code secret}: any text shared by the replicas; empty makes a random one, valid until restart. */
    public ContextCodec(String secret, Duration ttl, Clock clock) {
        this.sealing = AesGcm.derivedFrom(AesGcm.utf8("conversation-context:"), SharedSecret.material(secret));
        this.ttl = ttl;
        this.clock = clock;
    }

    public Duration ttl() {
        return ttl;
    }

    public String encode(ConversationContext context) {
        if (context.isEmpty()) {
            return "";
        }
        String plain = String.join("\n", VERSION,
                context.language().map(Language::code).orElse(""),
                Long.toString(clock.instant().getEpochSecond()),
                String.join(",", context.measures()),
                String.join(",", context.offered()),
                context.list().map(ContextCodec::query).orElse(""),
                Base64.getUrlEncoder().withoutPadding().encodeToString(context.pending().getBytes(StandardCharsets.UTF_8)),
                String.join(",", context.earlier().measures()),
                context.earlier().list().map(ContextCodec::query).orElse(""),
                Base64.getUrlEncoder().withoutPadding().encodeToString(context.otherQuestion().getBytes(StandardCharsets.UTF_8)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealing.seal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    public ConversationContext decode(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > MAX_ENCODED) {
            return ConversationContext.EMPTY;
        }
        try {
            String plain = new String(sealing.open(Base64.getUrlDecoder().decode(encoded.trim())), StandardCharsets.UTF_8);
            String[] f = plain.split("\n", -1);
            boolean current = f.length == 10 && VERSION.equals(f[0]);
            boolean withHistory = current || (f.length == 9 && VERSION_2.equals(f[0]));
            if (!withHistory && !(f.length == 7 && VERSION_1.equals(f[0]))) {
                return ConversationContext.EMPTY;
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(f[2]));
            if (at.plus(ttl).isBefore(clock.instant())) {
                return ConversationContext.EMPTY;
            }
            return new ConversationContext(Language.fromCode(f[1]), ids(f[3]), ids(f[4]), query(f[5]),
                    new String(Base64.getUrlDecoder().decode(f[6]), StandardCharsets.UTF_8), at,
                    withHistory ? new ConversationContext.Earlier(ids(f[7]), query(f[8])) : ConversationContext.Earlier.NONE,
                    current ? new String(Base64.getUrlDecoder().decode(f[9]), StandardCharsets.UTF_8) : "");
        } catch (GeneralSecurityException | RuntimeException e) {
            // Forged, foreign (another key), truncated or from an older version: a new conversation.
            return ConversationContext.EMPTY;
        }
    }

    private static List<String> ids(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.stream(csv.split(",")).filter(id -> id.matches("[a-z0-9-]{1,40}")).toList();
    }

    private static String query(StaffQuery q) {
        String fields = String.join("|", q.type().name(), statuses(q.statuses()), statuses(q.excluded()), String.join(",", q.themes()));
        return q.period().map(p -> fields + "|" + p.year() + "-" + p.month() + "-" + p.day()).orElse(fields);
    }

    private static Optional<StaffQuery> query(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String[] p = text.split("\\|", -1);
        // The period of a dated list, as a fifth field; older contexts have four. The version stays: a
        // replica without dated lists (during a rolling deploy) reads such a context as forged and
        // starts the conversation afresh, which the API allows for any context.
        Optional<Period> period = p.length > 4 ? Optional.of(period(p[4])) : Optional.empty();
        return Optional.of(new StaffQuery(StaffQuery.Type.valueOf(p[0]), statuses(p[1]), statuses(p[2]),
                p[3].isEmpty() ? Set.of() : Set.copyOf(ids(p[3])), "", period));
    }

    private static Period period(String text) {
        String[] ymd = text.split("-");
        return new Period(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]));
    }

    private static String statuses(Set<Status> statuses) {
        return String.join(",", statuses.stream().map(Status::name).sorted().toList());
    }

    private static Set<Status> statuses(String csv) {
        Set<Status> result = EnumSet.noneOf(Status.class);
        if (!csv.isEmpty()) {
            for (String s : csv.split(",")) {
                result.add(Status.valueOf(s));
            }
        }
        return result;
    }
}
