-- Accounts of staff, partners and admins; sessions; single-use tokens; rate limits; the outbox
-- of outgoing email; the audit log. Secrets (session ids, tokens) are stored only as SHA-256 hashes.

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'partner')),
    site_id         BIGINT REFERENCES sites(id),
    organisation_id BIGINT REFERENCES organisations(id),
    password_hash   TEXT,
    lang            TEXT NOT NULL DEFAULT 'de',
    created_at      BIGINT NOT NULL,
    disabled        BIGINT NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);

CREATE TABLE auth_sessions (
    token_hash      TEXT PRIMARY KEY,
    user_id         BIGINT REFERENCES users(id) ON DELETE CASCADE,
    participant_email TEXT,
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    CHECK ((user_id IS NULL) <> (participant_email IS NULL))
);
CREATE INDEX auth_sessions_user ON auth_sessions (user_id);
CREATE INDEX auth_sessions_expires ON auth_sessions (expires_at);

CREATE TABLE auth_tokens (
    token_hash      TEXT PRIMARY KEY,
    purpose         TEXT NOT NULL CHECK (purpose IN ('password', 'magic')),
    user_id         BIGINT REFERENCES users(id) ON DELETE CASCADE,
    email           TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    used_at         BIGINT
);
CREATE INDEX auth_tokens_email ON auth_tokens (email);

CREATE TABLE rate_limits (
    bucket          TEXT PRIMARY KEY,
    window_start    BIGINT NOT NULL,
    hits            BIGINT NOT NULL
);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    lang            TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body_text       TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    last_error      TEXT,
    sent_at         BIGINT
);
CREATE INDEX outbox_pending ON outbox (sent_at, id);

CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    actor_user_id   BIGINT REFERENCES users(id),
    action          TEXT NOT NULL,
    object_type     TEXT NOT NULL,
    object_id       BIGINT,
    detail          TEXT NOT NULL DEFAULT '',
    created_at      BIGINT NOT NULL
);
CREATE INDEX audit_log_created ON audit_log (created_at);
