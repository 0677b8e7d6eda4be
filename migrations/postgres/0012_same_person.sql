-- "The same person" is the same address AND the same first name: siblings who share a parent's
-- address may both register. The key is the first name without case, accents or extra spaces,
-- computed by the application (domain::registration::name_key) when it writes a registration.
ALTER TABLE registrations ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
-- Rows from before: case-folded here (SQL has no accent folding on both backends alike), which
-- can only tell people apart more often, never merge two.
UPDATE registrations SET name_key = lower(trim(first_name));
DROP INDEX registrations_one_active;
CREATE UNIQUE INDEX registrations_one_active
    ON registrations (offer_id, COALESCE(session_id, 0), email, name_key) WHERE status <> 'cancelled';
