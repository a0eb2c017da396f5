package nl.workinnl.assistant.feedback;

import nl.workinnl.assistant.declined.DeclinedQuestions;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/v1/feedback}: the widget's helpful / not helpful buttons. A vote needs the
 * {@code feedbackToken} of an answer that cited the measure, and each answer counts once.
 */
@RestController
class FeedbackController {

    record Vote(String measureId, Boolean helpful, String token) {}

    private final FeedbackCounts counts;
    private final FeedbackTokens tokens;
    private final CurrentKnowledge knowledge;
    private final DeclinedQuestions declined;

    FeedbackController(FeedbackCounts counts, FeedbackTokens tokens, CurrentKnowledge knowledge, DeclinedQuestions declined) {
        this.counts = counts;
        this.tokens = tokens;
        this.knowledge = knowledge;
        this.declined = declined;
    }

    @PostMapping("/api/v1/feedback")
    ResponseEntity<Void> vote(@RequestBody(required = false) Vote vote) {
        if (vote == null || vote.measureId() == null || vote.helpful() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'measureId' and 'helpful' are required.");
        }
        if (knowledge.get().corpus().measure(vote.measureId()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No measure with id '" + vote.measureId() + "'.");
        }
        if (vote.token() == null || vote.token().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'token' is required: the feedbackToken of the answer rated.");
        }
        FeedbackTokens.Ballot ballot = tokens.ballot(vote.token().trim(), vote.measureId());
        if (!counts.vote(ballot.key(), vote.measureId(), vote.helpful())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "This answer has already been rated.");
        }
        if (!vote.helpful() && !ballot.note().isEmpty()) {
            declined.notHelpful(ballot.note(), vote.measureId());
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(FeedbackTokens.Refused.class)
    ResponseEntity<ApiError> refused(FeedbackTokens.Refused e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError(e.getMessage()));
    }
}
