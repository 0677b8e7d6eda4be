-- What a person typed into a long form that did not validate, kept for the page they are sent
-- back to (post/redirect/get), so that nothing is lost and nothing personal travels in a URL.
CREATE TABLE form_drafts (
    token_hash  TEXT PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    fields      TEXT NOT NULL,
    errors      TEXT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX form_drafts_expires ON form_drafts (expires_at);
