package nl.workinnl.assistant.feedback;

import nl.workinnl.assistant.corpus.Corpus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/v1/feedback}: the widget's helpful / not helpful buttons. */
@RestController
class FeedbackController {

    record Vote(String measureId, Boolean helpful) {}

    private final FeedbackCounts counts;
    private final Corpus corpus;

    FeedbackController(FeedbackCounts counts, Corpus corpus) {
        this.counts = counts;
        this.corpus = corpus;
    }

    @PostMapping("/api/v1/feedback")
    ResponseEntity<Void> vote(@RequestBody(required = false) Vote vote) {
        if (vote == null || vote.measureId() == null || vote.helpful() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'measureId' and 'helpful' are required.");
        }
        if (corpus.measure(vote.measureId()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No measure with id '" + vote.measureId() + "'.");
        }
        counts.vote(vote.measureId(), vote.helpful());
        return ResponseEntity.noContent().build();
    }
}
