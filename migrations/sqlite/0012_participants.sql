-- One participant record per person and site, which registration, co-design and volunteering
-- share: who they are (first name or nickname), how to reach them, their year of birth and
-- language, and for under-16s the parent asked for consent. Registrations point to it and keep
-- only what belongs to the one offer (needs, photo consent, status, consent).
--
-- "The same person" is the same address AND the same first name, the name compared without case,
-- accents or extra spaces (name_key, computed by domain::registration::name_key): siblings who
-- share a parent's address are different people.
CREATE TABLE participants (
    id           INTEGER PRIMARY KEY,
    site_id      BIGINT NOT NULL REFERENCES sites(id),
    -- Optional for later uses (a festival volunteer without email); registration requires it.
    email        TEXT,
    first_name   TEXT NOT NULL,
    name_key     TEXT NOT NULL,
    birth_year   BIGINT NOT NULL,
    lang         TEXT NOT NULL,
    parent_email TEXT,
    parent_lang  TEXT,
    created_at   BIGINT NOT NULL,
    -- The last registration or change: what retention rules will count from.
    updated_at   BIGINT NOT NULL
);
CREATE UNIQUE INDEX participants_person ON participants (site_id, email, name_key);
CREATE INDEX participants_email ON participants (email);

-- Rows from before: one participant per site, address and case-folded name (SQL has no accent
-- folding that works alike on both backends, so this can only tell people apart more often, never
-- merge two), with the details of their latest registration.
INSERT INTO participants (site_id, email, first_name, name_key, birth_year, lang, parent_email, parent_lang,
                          created_at, updated_at)
SELECT o.site_id, r.email, r.first_name, lower(trim(r.first_name)), r.birth_year, r.lang, r.parent_email,
       r.parent_lang, r.created_at, r.created_at
FROM registrations r JOIN offers o ON o.id = r.offer_id
WHERE r.id IN (SELECT MAX(r2.id) FROM registrations r2 JOIN offers o2 ON o2.id = r2.offer_id
               GROUP BY o2.site_id, r2.email, lower(trim(r2.first_name)));

-- SQLite cannot add a NOT NULL column that references another table; the registration service
-- always sets it (PostgreSQL enforces it).
ALTER TABLE registrations ADD COLUMN participant_id BIGINT REFERENCES participants(id);
UPDATE registrations SET participant_id = (
    SELECT p.id FROM participants p JOIN offers o ON o.site_id = p.site_id
    WHERE o.id = registrations.offer_id AND p.email = registrations.email
      AND p.name_key = lower(trim(registrations.first_name)));

DROP INDEX registrations_one_active;
DROP INDEX registrations_email;
ALTER TABLE registrations DROP COLUMN email;
ALTER TABLE registrations DROP COLUMN first_name;
ALTER TABLE registrations DROP COLUMN birth_year;
ALTER TABLE registrations DROP COLUMN lang;
ALTER TABLE registrations DROP COLUMN parent_email;
ALTER TABLE registrations DROP COLUMN parent_lang;

-- One active registration per person and offer (and date): a double tap cannot make two.
CREATE UNIQUE INDEX registrations_one_active
    ON registrations (offer_id, COALESCE(session_id, 0), participant_id) WHERE status <> 'cancelled';
CREATE INDEX registrations_participant ON registrations (participant_id);
