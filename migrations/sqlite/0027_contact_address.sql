-- A young person who joined with a code may add an address of their own for messages. It is kept
-- once its owner confirmed it and, for an under-16, once a parent agreed: a consent for the
-- purpose 'contact-email'. SQLite cannot change a CHECK, so consents is built again as it was.
CREATE TABLE consents_new (
    id              INTEGER PRIMARY KEY,
    participant_id  BIGINT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    registration_id BIGINT REFERENCES registrations(id) ON DELETE CASCADE,
    purpose         TEXT NOT NULL CHECK (purpose IN ('privacy-notice', 'parent', 'photos', 'trip-paper', 'health-needs',
                                                     'contact-email')),
    given_by        TEXT NOT NULL CHECK (given_by IN ('self', 'parent', 'staff')),
    method          TEXT NOT NULL CHECK (method IN ('online', 'paper', 'in-person')),
    text_version    TEXT NOT NULL,
    lang            TEXT NOT NULL,
    given_at        BIGINT NOT NULL,
    withdrawn_at    BIGINT,
    recorded_by     BIGINT REFERENCES users(id) ON DELETE SET NULL
);
INSERT INTO consents_new SELECT * FROM consents;
DROP TABLE consents;
ALTER TABLE consents_new RENAME TO consents;
CREATE INDEX consents_participant ON consents (participant_id);
CREATE INDEX consents_registration ON consents (registration_id);

-- An address waiting for its owner's confirmation (and a parent's yes): the participant's record
-- holds nothing of it until then. Its links are signed ids; this row is all the state they have.
CREATE TABLE contact_requests (
    id             INTEGER PRIMARY KEY,
    participant_id BIGINT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    email          TEXT NOT NULL,
    parent_email   TEXT,
    parent_lang    TEXT,
    created_at     BIGINT NOT NULL,
    expires_at     BIGINT NOT NULL,
    confirmed_at   BIGINT
);
CREATE INDEX contact_requests_participant ON contact_requests (participant_id);
CREATE INDEX contact_requests_expires ON contact_requests (expires_at);
