-- Explicit consents for needs that may be health data (Art. 9 GDPR) join the consents table.
ALTER TABLE consents DROP CONSTRAINT consents_purpose_check;
ALTER TABLE consents ADD CONSTRAINT consents_purpose_check
    CHECK (purpose IN ('privacy-notice', 'parent', 'photos', 'trip-paper', 'health-needs'));

-- A funder's audit keeps one offer's list beyond its period, until the hold's last day (the end
-- of that day in the site's time zone is `until_at`). Ending a hold early keeps its row for the
-- record.
CREATE TABLE retention_holds (
    id         BIGSERIAL PRIMARY KEY,
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
