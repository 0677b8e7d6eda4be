-- The language of the parent asked for consent, which may differ from the young person's: the
-- consent request and page use it.
ALTER TABLE registrations ADD COLUMN parent_lang TEXT;
