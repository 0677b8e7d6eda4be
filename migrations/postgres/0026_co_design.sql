-- Youth co-design, part 1: join codes, idea rounds, ideas, supports, moderation.

-- A code that staff hand to a group or an event ("Mädchengruppe Kalk"): whoever has it may join
-- the site under a nickname, up to `max_joins` people, until `valid_until` or until revoked.
CREATE TABLE join_codes (
    id          BIGSERIAL PRIMARY KEY,
    site_id     BIGINT NOT NULL REFERENCES sites(id),
    label       TEXT NOT NULL,
    code        TEXT NOT NULL UNIQUE,
    max_joins   BIGINT NOT NULL,
    valid_until BIGINT NOT NULL,
    revoked_at  BIGINT,
    created_by  BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX join_codes_site ON join_codes (site_id, id);

-- A participant who joined with a code: which code (staff see who joined), and the keyed hash of
-- the re-entry code shown to them once, which opens their session again on a new phone.
ALTER TABLE participants ADD COLUMN join_code_id BIGINT REFERENCES join_codes(id) ON DELETE SET NULL;
ALTER TABLE participants ADD COLUMN reentry_hash TEXT;
CREATE INDEX participants_join_code ON participants (join_code_id);
CREATE UNIQUE INDEX participants_reentry ON participants (reentry_hash);

-- A session of a young person who joined with a code has neither an account nor an address, and
-- a join code is a third proof beside the two addresses.
ALTER TABLE auth_sessions DROP CONSTRAINT auth_sessions_check;
ALTER TABLE auth_sessions ADD CONSTRAINT auth_sessions_check CHECK (user_id IS NULL OR participant_email IS NULL);
ALTER TABLE session_people DROP CONSTRAINT session_people_proof_check;
ALTER TABLE session_people ADD CONSTRAINT session_people_proof_check CHECK (proof IN ('address', 'parent', 'join'));

-- Messages to a participant who gave no address are not mailed: they show on their "my" page.
-- The participant a message is for (also for messages not about a registration, such as ideas).
ALTER TABLE outbox ADD COLUMN participant_id BIGINT;
CREATE INDEX outbox_participant ON outbox (participant_id, id);

-- An idea round: a question with its rules in plain language, maybe for a programme, or the
-- site's always-open ideas box (no closing time). A paused round keeps its remaining time.
CREATE TABLE idea_rounds (
    id             BIGSERIAL PRIMARY KEY,
    site_id        BIGINT NOT NULL REFERENCES sites(id),
    programme_id   BIGINT REFERENCES programmes(id) ON DELETE SET NULL,
    question       TEXT NOT NULL,
    decidable      TEXT NOT NULL,
    budget         TEXT NOT NULL DEFAULT '',
    deciders       TEXT NOT NULL,
    closes_at      BIGINT,
    paused_at      BIGINT,
    post_moderated BIGINT NOT NULL DEFAULT 0,
    response_days  BIGINT NOT NULL DEFAULT 14,
    created_by     BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at     BIGINT NOT NULL
);
CREATE INDEX idea_rounds_site ON idea_rounds (site_id, id);

-- An idea with its lifecycle (`domain::idea`). Counters of supports live on the row, so that the
-- board reads one row per idea whatever the number of supports.
CREATE TABLE ideas (
    id              BIGSERIAL PRIMARY KEY,
    round_id        BIGINT NOT NULL REFERENCES idea_rounds(id) ON DELETE CASCADE,
    site_id         BIGINT NOT NULL REFERENCES sites(id),
    author_id       BIGINT REFERENCES participants(id) ON DELETE SET NULL,
    -- Which group the author joined with, for "a young person from the girls' group".
    author_group    TEXT NOT NULL DEFAULT '',
    what            TEXT NOT NULL,
    for_whom        TEXT NOT NULL DEFAULT '',
    place           TEXT NOT NULL DEFAULT '',
    weekdays        TEXT NOT NULL DEFAULT '',
    day_parts       TEXT NOT NULL DEFAULT '',
    languages       TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL,
    state           TEXT NOT NULL,
    reason          TEXT NOT NULL DEFAULT '',
    would_work      TEXT NOT NULL DEFAULT '',
    criteria        TEXT NOT NULL DEFAULT '',
    staff_notes     TEXT NOT NULL DEFAULT '',
    revisit_on      TEXT,
    merged_into     BIGINT REFERENCES ideas(id) ON DELETE SET NULL,
    offer_id        BIGINT REFERENCES offers(id) ON DELETE SET NULL,
    -- Contact details found, or reported: waits for a moderator whatever the round's rule.
    held            BIGINT NOT NULL DEFAULT 0,
    reports         BIGINT NOT NULL DEFAULT 0,
    on_paper        BIGINT NOT NULL DEFAULT 0,
    supports        BIGINT NOT NULL DEFAULT 0,
    paper_supports  BIGINT NOT NULL DEFAULT 0,
    planners        BIGINT NOT NULL DEFAULT 0,
    lang            TEXT NOT NULL,
    submitted_at    BIGINT NOT NULL,
    published_at    BIGINT,
    checked_at      BIGINT,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX ideas_board ON ideas (site_id, state, id);
CREATE INDEX ideas_round ON ideas (round_id, state, id);
CREATE INDEX ideas_author ON ideas (author_id);
CREATE INDEX ideas_queue ON ideas (site_id, held, state);

-- "Find ich gut" and "Ich plane mit": one of each per participant and idea. Who supported is
-- never shown publicly; the counters on the idea are.
CREATE TABLE idea_supports (
    idea_id        BIGINT NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    participant_id BIGINT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('support', 'plan')),
    created_at     BIGINT NOT NULL,
    PRIMARY KEY (idea_id, participant_id, kind)
);
CREATE INDEX idea_supports_participant ON idea_supports (participant_id);

-- The public timeline of an idea: each state with the reason young people read.
CREATE TABLE idea_events (
    id         BIGSERIAL PRIMARY KEY,
    idea_id    BIGINT NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    state      TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    at         BIGINT NOT NULL,
    by_user    BIGINT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX idea_events_idea ON idea_events (idea_id, id);
