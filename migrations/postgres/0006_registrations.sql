-- Young people's registrations. Only what an offer needs: a first name, an address to write to,
-- the year of birth (for the age range and a parent's consent), optional phone, needs and gender
-- (for anonymous figures). Nothing about residence status, nationality or address.
CREATE TABLE registrations (
    id                  BIGSERIAL PRIMARY KEY,
    offer_id            BIGINT NOT NULL REFERENCES offers(id),
    -- Set when the offer takes registrations per date.
    session_id          BIGINT REFERENCES sessions(id),
    email               TEXT NOT NULL,
    first_name          TEXT NOT NULL,
    birth_year          BIGINT NOT NULL,
    phone               TEXT NOT NULL DEFAULT '',
    needs               TEXT NOT NULL DEFAULT '',
    gender              TEXT NOT NULL DEFAULT 'none',
    photo_consent       BIGINT NOT NULL DEFAULT 0 CHECK (photo_consent IN (0, 1)),
    lang                TEXT NOT NULL,
    status              TEXT NOT NULL
        CHECK (status IN ('confirmed', 'waitlisted', 'awaiting_consent', 'cancelled')),
    created_at          BIGINT NOT NULL,
    -- A parent's consent: who was asked, until when the place is held, the answer and the text.
    parent_email        TEXT,
    consent_deadline    BIGINT,
    consent_given_at    BIGINT,
    consent_text_version TEXT,
    cancelled_at        BIGINT,
    -- 'participant', 'staff: <reason>', 'parent declined', 'consent expired'
    cancel_reason       TEXT
);
-- One active registration per person and offer (and date): a double tap cannot make two.
CREATE UNIQUE INDEX registrations_one_active
    ON registrations (offer_id, COALESCE(session_id, 0), email) WHERE status <> 'cancelled';
CREATE INDEX registrations_offer_status ON registrations (offer_id, status, id);
CREATE INDEX registrations_email ON registrations (email);
CREATE INDEX registrations_consent_deadline ON registrations (consent_deadline) WHERE status = 'awaiting_consent';

-- Years an applicant's age may be outside the offer's range.
ALTER TABLE offers ADD COLUMN age_tolerance BIGINT NOT NULL DEFAULT 1;

-- The key that signs links in messages (cancel, consent): made once, shared by every server
-- process of the installation.
CREATE TABLE signing_keys (
    id      BIGINT PRIMARY KEY CHECK (id = 1),
    secret  TEXT NOT NULL
);

-- Drafts of forms that did not validate now also serve young people without an account (their
-- registration form); drafts live for minutes, so the table is made anew.
DROP TABLE form_drafts;
CREATE TABLE form_drafts (
    token_hash  TEXT PRIMARY KEY,
    user_id     BIGINT REFERENCES users(id) ON DELETE CASCADE,
    fields      TEXT NOT NULL,
    errors      TEXT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX form_drafts_expires ON form_drafts (expires_at);

-- The waiting list of an offer or a date in order, read from the index alone.
CREATE INDEX registrations_queue ON registrations (offer_id, (COALESCE(session_id, 0)), status, id);
