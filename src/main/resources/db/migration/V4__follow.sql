-- What each Telegram chat follows (a measure or a whole theme), under the chat's pseudonym. The
-- chat id itself is needed to send the notification, but the pseudonym is one-way: so it is kept
-- sealed with AES-GCM (as in the outbox), never plain. language: the one the chat used when it
-- followed, for notifications to a chat that never chose one.
CREATE TABLE follow (
    chat_key     VARCHAR(64) NOT NULL,
    subject_kind VARCHAR(8)  NOT NULL,
    subject_id   VARCHAR(32) NOT NULL,
    chat_id      BYTEA       NOT NULL,
    language     VARCHAR(2)  NOT NULL,
    followed_at  TIMESTAMP   NOT NULL,
    PRIMARY KEY (chat_key, subject_kind, subject_id)
);
CREATE INDEX follow_subject ON follow (subject_kind, subject_id);

-- Which change of a measure (its id and the data version that changed it) each chat was told of:
-- written in the same transaction as the notification's outbox row, so that the key makes every
-- change reach a follower once, however often it is published and whenever the service restarts.
CREATE TABLE follow_notified (
    chat_key     VARCHAR(64)  NOT NULL,
    measure_id   VARCHAR(32)  NOT NULL,
    data_version VARCHAR(128) NOT NULL,
    notified_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (chat_key, measure_id, data_version)
);
