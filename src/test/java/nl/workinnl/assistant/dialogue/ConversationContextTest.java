package nl.workinnl.assistant.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.staff.StaffQuery;
import org.junit.jupiter.api.Test;

/** What a conversation remembers of the turns before its last: the topics it moved on from, and the list it left. */
class ConversationContextTest {

    private static final StaffQuery DELAYED = new StaffQuery(StaffQuery.Type.LIST, Set.of(Status.VERTRAAGD), Set.of(), Set.of(), "");

    private static ConversationContext about(String... ids) {
        return ConversationContext.about(Language.NL, List.of(ids), List.of(ids));
    }

    @Test
    void aNewTopicPutsTheLastOneFirstAmongTheEarlier() {
        ConversationContext second = about("informatie-4").following(about("zorg-5", "zorg-4"));
        ConversationContext third = about("werk-4").following(second);
        // Only the measure a turn was about goes in, not those cited beside it.
        assertThat(second.earlier().measures()).containsExactly("zorg-5");
        assertThat(third.earlier().measures()).containsExactly("informatie-4", "zorg-5");
    }

    @Test
    void stayingOnTheTopicOrSmallTalkAddsNothing() {
        ConversationContext first = about("werk-4");
        ConversationContext followUp = about("werk-4").following(first);
        ConversationContext thanks = followUp.in(Language.PL).following(followUp);
        assertThat(followUp.earlier().isEmpty()).isTrue();
        assertThat(thanks.earlier().isEmpty()).isTrue();
    }

    @Test
    void goingBackToAnEarlierTopicTakesItOutOfTheEarlier() {
        ConversationContext two = about("informatie-4").following(about("zorg-5"));
        ConversationContext back = about("zorg-5").following(two);
        assertThat(back.earlier().measures()).containsExactly("informatie-4");
    }

    @Test
    void aListLeftForAMeasureIsKept() {
        ConversationContext list = ConversationContext.listed(Language.EN, DELAYED, List.of("werk-4", "werk-5"));
        ConversationContext item = about("werk-5").following(list);
        ConversationContext other = about("handhaving-3").following(item);
        assertThat(item.earlier().list()).contains(DELAYED);
        assertThat(other.earlier().list()).contains(DELAYED);
        assertThat(other.earlier().measures()).containsExactly("werk-5");
    }

    @Test
    void theEarlierTopicsAreFew() {
        ConversationContext context = ConversationContext.EMPTY;
        for (int i = 1; i <= 20; i++) {
            context = about("m-" + i).following(context);
        }
        assertThat(context.earlier().measures()).hasSize(ConversationContext.Earlier.MAX).startsWith("m-19");
        assertThat(Optional.of(context.earlier().measures().getLast())).contains("m-" + (19 - ConversationContext.Earlier.MAX + 1));
    }
}
