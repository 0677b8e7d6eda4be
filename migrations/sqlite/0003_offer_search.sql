-- Text search over an offer's titles and descriptions in every language, lower-cased by the
-- application (SQLite's lower() folds ASCII only), so that one LIKE serves both backends.
ALTER TABLE offers ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE offers SET search_text = LOWER(title || ' ' || description);
CREATE INDEX venues_district ON venues (district);
CREATE INDEX offer_cohosts_organisation ON offer_cohosts (organisation_id);
