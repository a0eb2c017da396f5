package nl.workinnl.assistant.answer;

import java.util.Optional;
import nl.workinnl.assistant.declined.Channel;
import nl.workinnl.assistant.declined.DeclinedQuestions;
import nl.workinnl.assistant.dialogue.ContextCodec;
import nl.workinnl.assistant.feedback.FeedbackTokens;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.knowledge.KnowledgeVersion;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.web.ApiError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/v1/ask}: the question-answer contract used by the widget and other clients. */
@RestController
class AskController {

    private final CurrentKnowledge knowledge;
    private final ContextCodec contexts;
    private final AnsweringPool answering;
    private final AnswerMetrics metrics;
    private final FeedbackTokens feedback;
    private final DeclinedQuestions declined;

    AskController(CurrentKnowledge knowledge, ContextCodec contexts, AnsweringPool answering, FeedbackTokens feedback,
                  AnswerMetrics metrics, DeclinedQuestions declined) {
        this.knowledge = knowledge;
        this.metrics = metrics;
        this.contexts = contexts;
        this.answering = answering;
        this.feedback = feedback;
        this.declined = declined;
    }

    @PostMapping(path = "/api/v1/ask", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    AskResponse ask(@RequestBody(required = false) AskRequest request) {
        if (request == null || request.text() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'text' is required: the user's message.");
        }
        if (request.text().length() > Assistant.MAX_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'text' is " + request.text().length()
                    + " characters long; at most " + Assistant.MAX_LENGTH + " are accepted.");
        }
        if (TextNormalizer.clean(request.text()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'text' is empty: type a question.");
        }
        Optional<Language> hint = Optional.empty();
        if (request.language() != null && !request.language().isBlank()) {
            hint = Optional.of(Language.fromCode(request.language()).orElseThrow(() -> new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "'language' must be one of " + Language.codes() + ", not '" + request.language() + "'.")));
        }
        var context = contexts.decode(request.context());
        Optional<Language> language = hint;
        // One version for the whole question, even when a reload swaps in another meanwhile; taken and
        // given back on the answering thread, so that the index stays open for as long as that thread
        // uses it, also when the request's own thread is interrupted while it waits.
        Answer answer = answering.answerNow(() -> {
            try (KnowledgeVersion.Lease lease = knowledge.acquire()) {
                Assistant assistant = lease.assistant();
                if (request.choice() != null && !request.choice().isBlank()) {
                    if (!assistant.knows(request.choice())) {
                        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'choice' must be the id of a measure from 'suggestions', not '"
                                + request.choice() + "'.");
                    }
                    return metrics.record(AnswerMetrics.Channel.API, () -> assistant.choose(request.choice(), language, context));
                }
                return metrics.record(AnswerMetrics.Channel.API, () -> assistant.ask(request.text(), language, context));
            }
        });
        // Only an answer that cites measures can be rated (the widget shows the buttons for those); its
        // token carries the question, sealed, for a "not helpful" to keep.
        String feedbackToken = answer.answered() && !answer.citations().isEmpty()
                ? feedback.issue(answer.citations().stream().map(Citation::id).toList(), declined.sealForRating(request.text(), answer, Channel.API))
                : null;
        declined.record(request.text(), answer, Channel.API);
        return AskResponse.of(answer, contexts.encode(answer.context()), feedbackToken);
    }

    /** Retry-After counts whole seconds: one is the least it can say, and more than a full queue needs to drain. */
    @ExceptionHandler(AnsweringPool.Busy.class)
    ResponseEntity<ApiError> busy() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(new ApiError("Too many questions at once; try again in a second."));
    }
}
