package nl.workinnl.assistant.declined;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.workinnl.assistant.language.Language;
import org.junit.jupiter.api.Test;

class QuestionGroupsTest {

    private static DeclinedQuestion q(Language language, String text) {
        return new DeclinedQuestion(LocalDate.of(2026, 12, 1), language, Channel.API, null, null, DeclineReason.NEAR_MISS, text);
    }

    @Test
    void questionsSharingTheirWordsFormOneGroupPerLanguage() {
        List<QuestionGroups.Group> groups = new QuestionGroups().group(List.of(
                q(Language.NL, "Krijg ik een WW-uitkering?"),
                q(Language.NL, "Hoe vraag ik een WW-uitkering aan?"),
                q(Language.NL, "Waar verleng ik mijn paspoort?"),
                q(Language.PL, "Jak dostać zasiłek dla bezrobotnych?"),
                q(Language.PL, "Czy dostanę zasiłek dla bezrobotnych?"),
                q(Language.NL, "Wat kost mijn [NUMBER] paspoort?")));
        assertThat(groups).hasSize(3);
        assertThat(groups).allSatisfy(g -> assertThat(g.size()).isEqualTo(2));
        assertThat(groups).extracting(QuestionGroups.Group::language).containsExactlyInAnyOrder(Language.NL, Language.NL, Language.PL);
        assertThat(groups).anySatisfy(g -> assertThat(g.label()).contains("paspoort"));
    }
}
