-- How long a site keeps personal data (the registry in app/src/ssr/privacy.rs says which column
-- follows which period): registrations this many months after the offer's last date, messages
-- this many days after they were written.
ALTER TABLE sites ADD COLUMN keep_registration_months BIGINT NOT NULL DEFAULT 6
    CHECK (keep_registration_months BETWEEN 1 AND 36);
ALTER TABLE sites ADD COLUMN keep_message_days BIGINT NOT NULL DEFAULT 30 CHECK (keep_message_days BETWEEN 1 AND 365);

-- Anonymous counts, written in the same transaction that deletes the rows they count: per month
-- (of the registration), site, offer with its category, district and organisation at that time,
-- gender and age band, how many of what ('registrations'; attendance and figures add measures).
CREATE TABLE privacy_counts (
    period          TEXT NOT NULL,
    site_id         BIGINT NOT NULL,
    offer_id        BIGINT NOT NULL,
    category        TEXT NOT NULL,
    district        TEXT NOT NULL,
    organisation_id BIGINT NOT NULL,
    gender          TEXT NOT NULL,
    age_band        TEXT NOT NULL,
    measure         TEXT NOT NULL,
    count           BIGINT NOT NULL,
    PRIMARY KEY (period, site_id, offer_id, gender, age_band, measure)
);

-- Daily jobs: the row is claimed inside the job's write transaction, so that of several
-- processes one runs it per day.
CREATE TABLE job_runs (
    name     TEXT PRIMARY KEY,
    last_run BIGINT NOT NULL DEFAULT 0
);
INSERT INTO job_runs (name) VALUES ('retention');
