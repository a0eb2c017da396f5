package nl.workinnl.assistant.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.security.AesGcm;
import nl.workinnl.assistant.security.SharedSecret;
import nl.workinnl.assistant.staff.StaffQuery;
import org.junit.jupiter.api.Test;

/** The conversation context a client carries: it comes back as it went out, and nothing else gets in. */
class ContextCodecTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private final ContextCodec codec = new ContextCodec("secret", Duration.ofMinutes(30), Clock.fixed(NOW, ZoneOffset.UTC));

    private static ConversationContext sample() {
        return new ConversationContext(Optional.of(Language.PL), List.of("werk-4", "werk-2"), List.of("werk-4"),
                Optional.of(new StaffQuery(StaffQuery.Type.LIST, Set.of(Status.VERTRAAGD), Set.of(Status.AFGEROND),
                        Set.of("huisvesting", "werk"), "")), "a kiedy? zażółć", NOW);
    }

    @Test
    void aContextComesBackAsItWentOut() {
        ConversationContext back = codec.decode(codec.encode(sample()));
        assertThat(back.language()).contains(Language.PL);
        assertThat(back.measures()).containsExactly("werk-4", "werk-2");
        assertThat(back.offered()).containsExactly("werk-4");
        assertThat(back.list()).contains(sample().list().orElseThrow());
        assertThat(back.pending()).isEqualTo("a kiedy? zażółć");
    }

    @Test
    void theEarlierTopicsComeBackToo() {
        ConversationContext.Earlier earlier = new ConversationContext.Earlier(List.of("zorg-5", "informatie-4"),
                Optional.of(new StaffQuery(StaffQuery.Type.COUNT, Set.of(Status.AFGEROND), Set.of(), Set.of("zorg"), "")));
        ConversationContext withHistory = new ConversationContext(Optional.of(Language.RO), List.of("werk-1"), List.of("werk-1"),
                Optional.empty(), "", NOW, earlier);
        assertThat(codec.decode(codec.encode(withHistory)).earlier()).isEqualTo(earlier);
    }

    /** A dated list keeps its period, so that "which of these are delayed?" narrows the same dated list. */
    @Test
    void theListsPeriodComesBackToo() {
        StaffQuery dated = new StaffQuery(StaffQuery.Type.DATED, Set.of(), Set.of(Status.AFGEROND), Set.of("werk"), "",
                Optional.of(new nl.workinnl.assistant.staff.Period(2027, 1, 1)));
        ConversationContext listed = ConversationContext.listed(Language.NL, dated, List.of("werk-1"));
        assertThat(codec.decode(codec.encode(listed)).list()).contains(dated);
    }

    @Test
    void theQuestionAnAnswerLeftOpenComesBackToo() {
        ConversationContext open = sample().withOtherQuestion("А колко струва застраховка за кола?");
        assertThat(codec.decode(codec.encode(open)).otherQuestion()).isEqualTo("А колко струва застраховка за кола?");
        assertThat(codec.decode(codec.encode(sample())).otherQuestion()).isEmpty();
        // With the unanswered message, no more of the user's words than one such message.
        assertThat(open.otherQuestion().length() + open.pending().length()).isLessThanOrEqualTo(ConversationContext.MAX_PENDING);
        ConversationContext full = sample().withOtherQuestion("ж".repeat(ConversationContext.MAX_PENDING));
        assertThat(full.otherQuestion()).hasSize(ConversationContext.MAX_PENDING - full.pending().length());
    }

    /** The fullest context a conversation can make still fits the limit the API accepts, so it is never dropped on the way back. */
    @Test
    void theLargestContextStaysUnderTheLimit() {
        List<String> ids = java.util.stream.IntStream.range(0, 60).mapToObj(i -> "registratie-" + i + "x").toList();
        StaffQuery widest = new StaffQuery(StaffQuery.Type.LIST, java.util.EnumSet.allOf(Status.class), java.util.EnumSet.allOf(Status.class),
                Set.of("beleid", "werk", "registratie", "huisvesting", "zorg", "handhaving", "informatie"), "");
        ConversationContext largest = new ConversationContext(Optional.of(Language.BG), ids, ids, Optional.of(widest),
                "ж".repeat(ConversationContext.MAX_PENDING + 50), NOW, new ConversationContext.Earlier(ids, Optional.of(widest)),
                "ж".repeat(ConversationContext.MAX_PENDING + 50));
        String encoded = codec.encode(largest);
        assertThat(encoded.length()).isLessThanOrEqualTo(ContextCodec.MAX_ENCODED);
        assertThat(codec.decode(encoded).earlier().measures()).hasSize(ConversationContext.Earlier.MAX);
    }

    /** Contexts sealed before the earlier topics were kept stay valid through an upgrade, with no history. */
    @Test
    void aContextOfTheFormerFormIsStillRead() {
        String plain = String.join("\n", "c1", "pl", Long.toString(NOW.getEpochSecond()), "werk-4", "werk-4", "", "");
        AesGcm sealing = AesGcm.derivedFrom(AesGcm.utf8("conversation-context:"), SharedSecret.material("secret"));
        String former = Base64.getUrlEncoder().withoutPadding().encodeToString(sealing.seal(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ConversationContext back = codec.decode(former);
        assertThat(back.measures()).containsExactly("werk-4");
        assertThat(back.language()).contains(Language.PL);
        assertThat(back.earlier()).isEqualTo(ConversationContext.Earlier.NONE);
    }

    @Test
    void theUsersWordsCannotBeReadFromIt() {
        String sealed = codec.encode(sample());
        assertThat(new String(Base64.getUrlDecoder().decode(sealed), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("werk-4").doesNotContain("kiedy");
    }

    @Test
    void aChangedContextIsIgnored() {
        String sealed = codec.encode(sample());
        char[] chars = sealed.toCharArray();
        chars[chars.length / 2] = chars[chars.length / 2] == 'A' ? 'B' : 'A';
        assertThat(codec.decode(new String(chars)).isEmpty()).isTrue();
    }

    @Test
    void aContextSealedWithAnotherKeyIsIgnored() {
        ContextCodec other = new ContextCodec("another secret", Duration.ofMinutes(30), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(codec.decode(other.encode(sample())).isEmpty()).isTrue();
    }

    @Test
    void aContextOlderThanItsTimeToLiveIsIgnored() {
        String sealed = codec.encode(sample());
        ContextCodec later = new ContextCodec("secret", Duration.ofMinutes(30), Clock.fixed(NOW.plus(Duration.ofMinutes(31)), ZoneOffset.UTC));
        ContextCodec sooner = new ContextCodec("secret", Duration.ofMinutes(30), Clock.fixed(NOW.plus(Duration.ofMinutes(29)), ZoneOffset.UTC));
        assertThat(later.decode(sealed).isEmpty()).isTrue();
        assertThat(sooner.decode(sealed).measures()).containsExactly("werk-4", "werk-2");
    }

    @Test
    void anEmptyContextIsAnEmptyString() {
        assertThat(codec.encode(ConversationContext.EMPTY)).isEmpty();
        assertThat(codec.decode("").isEmpty()).isTrue();
        assertThat(codec.decode(null).isEmpty()).isTrue();
        assertThat(codec.decode("x".repeat(ContextCodec.MAX_ENCODED + 1)).isEmpty()).isTrue();
    }

    @Property(tries = 500)
    void anyStringDecodesWithoutError(@ForAll String anything) {
        assertThat(codec.decode(anything).isEmpty()).isTrue();
    }
}
