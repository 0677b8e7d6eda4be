-- What young people need to know before they come: whom to ask, how to take part, until when
-- they can register, and how many places are left. `places_taken` counts registrations that
-- hold a place (confirmed or awaiting a parent's consent); the registration service keeps it in
-- step inside the transaction that locks the offer, so lists filter on free places by index
-- instead of counting rows.
ALTER TABLE offers ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE offers ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE offers ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE offers ADD COLUMN registration TEXT NOT NULL DEFAULT 'none'
    CHECK (registration IN ('none', 'series', 'session'));
ALTER TABLE offers ADD COLUMN registration_opens_at BIGINT;
ALTER TABLE offers ADD COLUMN registration_closes_at BIGINT;
ALTER TABLE offers ADD COLUMN places_taken BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN places_taken BIGINT NOT NULL DEFAULT 0;
-- Bumped by every change to an offer's dates, so that calendar updates can order themselves.
ALTER TABLE sessions ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
