-- One row per helpful / not helpful vote, under the answer it rates (ballot): the widget's feedback
-- token id, or for the bot a hash of the chat's pseudonym and the answer's message id. The key makes
-- an answer count once; separate rows make votes at the same moment all count.
CREATE TABLE feedback_vote (
    ballot     VARCHAR(64) PRIMARY KEY,
    measure_id VARCHAR(32) NOT NULL,
    helpful    BOOLEAN     NOT NULL,
    voted_at   TIMESTAMP   NOT NULL
);
CREATE INDEX feedback_vote_measure ON feedback_vote (measure_id, helpful);
