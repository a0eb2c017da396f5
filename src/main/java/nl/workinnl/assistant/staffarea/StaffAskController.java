package nl.workinnl.assistant.staffarea;

import java.util.List;
import java.util.Optional;
import nl.workinnl.assistant.answer.Answer;
import nl.workinnl.assistant.answer.AnsweringPool;
import nl.workinnl.assistant.answer.Assistant;
import nl.workinnl.assistant.answer.Citation;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.knowledge.KnowledgeVersion;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.TextNormalizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The widget's question box for staff: the same assistant and answers, behind the login. Staff
 * questions are not kept as declined questions: they are tests of the assistant, not clients' needs.
 */
@Controller
class StaffAskController {

    record Question(String text, String language) {}

    record Reply(String language, String kind, boolean answered, String text, List<Citation> citations) {}

    private final CurrentKnowledge knowledge;
    private final AnsweringPool answering;

    StaffAskController(CurrentKnowledge knowledge, AnsweringPool answering) {
        this.knowledge = knowledge;
        this.answering = answering;
    }

    @GetMapping("/staff/ask")
    String page(Authentication user, Model model) {
        StaffModel.addUser(model, user);
        return "staff/ask";
    }

    @PostMapping(path = "/staff/api/ask", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Reply ask(@RequestBody Question question) {
        if (question == null || question.text() == null || TextNormalizer.clean(question.text()).isEmpty()
                || question.text().length() > Assistant.MAX_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'text' must be a question of at most " + Assistant.MAX_LENGTH + " characters.");
        }
        Optional<Language> hint = Optional.ofNullable(question.language()).flatMap(Language::fromCode);
        // One data version for the whole question, held open until answered, as for the public API.
        // Taken on the answering thread, which is the one that uses the index.
        Answer a = answering.answerNow(() -> {
            try (KnowledgeVersion.Lease lease = knowledge.acquire()) {
                return lease.assistant().ask(question.text(), hint);
            }
        });
        return new Reply(a.language().code(), a.kindName(), a.answered(), a.text(), a.citations());
    }
}
