-- Failed staff logins in a row, per user name and per client address, shared by the replicas so
-- that a lock-out holds on every one of them. The key is an HMAC of the name or address: neither is
-- stored (a "name" may be a password typed in the wrong field). Times are epoch milliseconds of the
-- replicas' clocks. A row is deleted after a quiet spell as long as the lock-out.
CREATE TABLE login_failure (
    key_hash     VARCHAR(64) PRIMARY KEY,
    failures     INT         NOT NULL,
    locked_until BIGINT,
    last_failed  BIGINT      NOT NULL
);
CREATE INDEX login_failure_last_failed ON login_failure (last_failed);
