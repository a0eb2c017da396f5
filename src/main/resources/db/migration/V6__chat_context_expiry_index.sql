-- Expired conversation contexts are deleted by a job every minute; the index keeps that a range
-- scan instead of reading every chat's row.
CREATE INDEX chat_context_updated_at ON chat_context (updated_at);
