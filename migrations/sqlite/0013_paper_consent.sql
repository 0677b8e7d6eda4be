-- How a parent's consent was given: 'link' (the emailed consent page, by the parent_email) or
-- 'paper' (a signed form that staff copied in: who signed, the day on the form, and its version in
-- consent_text_version). consent_given_at is when Treffpunkt learned of it.
ALTER TABLE registrations ADD COLUMN consent_source TEXT CHECK (consent_source IN ('link', 'paper'));
ALTER TABLE registrations ADD COLUMN consent_signed_by TEXT;
ALTER TABLE registrations ADD COLUMN consent_signed_on TEXT;
ALTER TABLE registrations ADD COLUMN consent_recorded_by BIGINT REFERENCES users(id) ON DELETE SET NULL;
UPDATE registrations SET consent_source = 'link' WHERE consent_given_at IS NOT NULL;
