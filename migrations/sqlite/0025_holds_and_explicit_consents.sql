-- Explicit consents for needs that may be health data (Art. 9 GDPR) join the consents table:
-- SQLite cannot change a CHECK, so the table is built again with the same rows.
CREATE TABLE consents_new (
    id              INTEGER PRIMARY KEY,
    participant_id  BIGINT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    registration_id BIGINT REFERENCES registrations(id) ON DELETE CASCADE,
    purpose         TEXT NOT NULL CHECK (purpose IN ('privacy-notice', 'parent', 'photos', 'trip-paper', 'health-needs')),
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

-- A funder's audit keeps one offer's list beyond its period, until the hold's last day (the end
-- of that day in the site's time zone is `until_at`). Ending a hold early keeps its row for the
-- record.
CREATE TABLE retention_holds (
    id         INTEGER PRIMARY KEY,
    offer_id   BIGINT NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
    reason     TEXT NOT NULL,
    until_day  TEXT NOT NULL,
    until_at   BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    ended_at   BIGINT
);
CREATE INDEX retention_holds_offer ON retention_holds (offer_id, until_at);

-- A deletion request during a hold restricts the registration instead (Art. 18 GDPR): kept for
-- the audit only, deleted the day the hold ends.
ALTER TABLE registrations ADD COLUMN restricted_at BIGINT;
