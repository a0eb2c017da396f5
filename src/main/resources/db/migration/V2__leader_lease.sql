-- Which replica sends the outbox (and, in polling mode, polls Telegram): one at a time, so that no
-- reply goes out twice and Telegram's rate limits hold over all replicas. A replica holds a role
-- while it renews the lease; when it dies, the lease runs out and another takes over.
CREATE TABLE leader_lease (
    role       VARCHAR(32) PRIMARY KEY,
    holder     VARCHAR(64) NOT NULL,
    expires_at TIMESTAMP   NOT NULL
);
