-- A young person who joined with a code may add an address of their own for messages. It is kept
-- once its owner confirmed it and, for an under-16, once a parent agreed: a consent for the
-- purpose 'contact-email'.
ALTER TABLE consents DROP CONSTRAINT consents_purpose_check;
ALTER TABLE consents ADD CONSTRAINT consents_purpose_check
    CHECK (purpose IN ('privacy-notice', 'parent', 'photos', 'trip-paper', 'health-needs', 'contact-email'));

-- An address waiting for its owner's confirmation (and a parent's yes): the participant's record
-- holds nothing of it until then. Its links are signed ids; this row is all the state they have.
CREATE TABLE contact_requests (
    id             BIGSERIAL PRIMARY KEY,
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
