package scratch;

import java.util.Optional;
import nl.workinnl.assistant.answer.Answer;
import nl.workinnl.assistant.answer.AssistantFixture;
import nl.workinnl.assistant.dialogue.ConversationContext;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void run() throws Exception {
        var a = AssistantFixture.assistant();
        for (String conv : System.getProperty("conv", "").split("\\|\\|")) {
            ConversationContext c = ConversationContext.EMPTY;
            for (String t : conv.split("\\|")) {
                Answer ans = a.ask(t, Optional.empty(), c);
                c = ans.context();
                System.out.println("SCRATCH " + t + " -> " + ans.language() + " " + ans.kind() + " " + ans.citations().stream().map(x -> x.id()).toList()
                        + " offers " + ans.suggestions().stream().map(x -> x.id()).toList() + " ctx " + c.measures() + " off " + c.offered() + " list " + c.list());
            }
        }
    }
}
