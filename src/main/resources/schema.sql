-- The service's embedded database (H2, a file under assistant.data-dir). Personal data kept: the
-- language each Telegram chat chose and its conversation context for 30 minutes, under a pseudonym of
-- the chat id. The outbox holds replies only until Telegram has them, encrypted.
CREATE TABLE IF NOT EXISTS chat_language (
    chat_key   VARCHAR(64) PRIMARY KEY,
    language   VARCHAR(2)  NOT NULL,
    updated_at TIMESTAMP   NOT NULL
);

CREATE TABLE IF NOT EXISTS processed_update (
    update_id    BIGINT PRIMARY KEY,
    processed_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS outbox (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    chat_key   VARCHAR(64)     NOT NULL,
    method     VARCHAR(32)     NOT NULL,
    payload    VARBINARY(65536) NOT NULL,
    created_at TIMESTAMP       NOT NULL
);

-- Tallies from before votes were rows; no longer written, still part of the counts.
CREATE TABLE IF NOT EXISTS feedback (
    measure_id VARCHAR(32) NOT NULL,
    helpful    BOOLEAN     NOT NULL,
    votes      BIGINT      NOT NULL,
    PRIMARY KEY (measure_id, helpful)
);

-- One row per helpful / not helpful vote, under the answer it rates (ballot): the widget's feedback
-- token id, or for the bot a hash of the chat's pseudonym and the answer's message id. The key makes
-- an answer count once; separate rows make votes at the same moment all count.
CREATE TABLE IF NOT EXISTS feedback_vote (
    ballot     VARCHAR(64) PRIMARY KEY,
    measure_id VARCHAR(32) NOT NULL,
    helpful    BOOLEAN     NOT NULL,
    voted_at   TIMESTAMP   NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_vote_measure ON feedback_vote (measure_id, helpful);

-- The conversation context of each chat (what a follow-up refers to), sealed with AES-GCM because
-- it may hold the user's last unanswered message; it expires after assistant.conversation.ttl.
CREATE TABLE IF NOT EXISTS chat_context (
    chat_key   VARCHAR(64)   PRIMARY KEY,
    context    VARCHAR(4096) NOT NULL,
    updated_at TIMESTAMP     NOT NULL
);
