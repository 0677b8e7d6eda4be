-- Every consent in one place: what for, who gave it and how, which version of the text in which
-- language, when, and when it was taken back. It belongs to the registration it was given with
-- and goes with it. Later consents (co-design, volunteering) add purposes.
CREATE TABLE consents (
    id              BIGSERIAL PRIMARY KEY,
    participant_id  BIGINT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    registration_id BIGINT REFERENCES registrations(id) ON DELETE CASCADE,
    purpose         TEXT NOT NULL CHECK (purpose IN ('privacy-notice', 'parent', 'photos', 'trip-paper')),
    given_by        TEXT NOT NULL CHECK (given_by IN ('self', 'parent', 'staff')),
    method          TEXT NOT NULL CHECK (method IN ('online', 'paper', 'in-person')),
    text_version    TEXT NOT NULL,
    lang            TEXT NOT NULL,
    given_at        BIGINT NOT NULL,
    withdrawn_at    BIGINT,
    recorded_by     BIGINT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX consents_participant ON consents (participant_id);
CREATE INDEX consents_registration ON consents (registration_id);
