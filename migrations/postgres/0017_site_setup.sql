-- A site set up from its own forms: where it is, who runs it (the carrier, for the Impressum),
-- how to reach it, its federal state (school holidays and public holidays follow it) and the
-- districts its venues lie in. Empty texts mean "not given yet"; the dashboard lists them.
ALTER TABLE sites ADD COLUMN street TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN postal_code TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN carrier_name TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN carrier_address TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN opening_hours TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN federal_state TEXT NOT NULL DEFAULT '';
-- One district per line, in the order staff want them offered.
ALTER TABLE sites ADD COLUMN districts TEXT NOT NULL DEFAULT '';
UPDATE sites SET districts = COALESCE((SELECT string_agg(DISTINCT district, E'\n' ORDER BY district) FROM venues WHERE venues.site_id = sites.id AND district <> ''), '');

-- A site's and an organisation's short public description, per language (German is 'de').
CREATE TABLE site_descriptions (
    site_id     BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (site_id, lang)
);
CREATE TABLE organisation_descriptions (
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    lang            TEXT NOT NULL,
    description     TEXT NOT NULL,
    PRIMARY KEY (organisation_id, lang)
);

-- How to reach a partner (an office address or phone, not a private person's), and whether it
-- still takes part: an archived organisation keeps its past offers but is offered no more.
ALTER TABLE organisations ADD COLUMN contact TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN archived BIGINT NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));

-- Getting there: a public-transport hint and a hearing loop beside the existing facts.
ALTER TABLE venues ADD COLUMN transit TEXT NOT NULL DEFAULT '';
ALTER TABLE venues ADD COLUMN hearing_loop BIGINT NOT NULL DEFAULT 0 CHECK (hearing_loop IN (0, 1));
ALTER TABLE venues ADD COLUMN archived BIGINT NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
-- A venue a partner proposed: offered for offers only once staff of the site confirm it (NULL).
ALTER TABLE venues ADD COLUMN proposed_by BIGINT REFERENCES users(id);

-- A site's own closing days (bridge days, team days) beside its state's holidays, which are
-- computed or shipped as data.
CREATE TABLE site_closing_days (
    site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day     TEXT NOT NULL,
    reason  TEXT NOT NULL,
    PRIMARY KEY (site_id, day)
);
