-- Reminders before each date: 24 hours before by default, 2 hours before where the offer asks
-- for it. A row per registration, date, kind and start time is written with the reminder's
-- message in one transaction, so a reminder goes out once however many workers run, and a date
-- that moves gets reminders for its new time.
ALTER TABLE offers ADD COLUMN remind_day_before BIGINT NOT NULL DEFAULT 1 CHECK (remind_day_before IN (0, 1));
ALTER TABLE offers ADD COLUMN remind_two_hours_before BIGINT NOT NULL DEFAULT 0 CHECK (remind_two_hours_before IN (0, 1));
CREATE TABLE reminders_sent (
    registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    session_id      BIGINT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    starts_at       BIGINT NOT NULL,
    sent_at         BIGINT NOT NULL,
    PRIMARY KEY (registration_id, session_id, kind, starts_at)
);

-- A young person's private calendar feed of their own dates: a secret address (stored only as
-- its hash) that they can replace, which ends the old one.
CREATE TABLE calendar_feeds (
    token_hash  TEXT PRIMARY KEY,
    email       TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX calendar_feeds_email ON calendar_feeds (email);
