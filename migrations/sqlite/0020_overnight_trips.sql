-- A trip with a night away (a camp, a weekend trip): everyone who registers names an emergency
-- contact, and everyone under 18 needs a parent's consent signed on paper, which staff record.
ALTER TABLE offers ADD COLUMN overnight BIGINT NOT NULL DEFAULT 0 CHECK (overnight IN (0, 1));
-- Whom to call during the trip (a name and a phone number); kept with the registration only.
ALTER TABLE registrations ADD COLUMN emergency_contact TEXT NOT NULL DEFAULT '';
-- The trip's paper consent as staff copied it in: who signed, the day on the form, its version,
-- and who recorded it. Apart from the registration's own consent (under 16), which it does not replace.
ALTER TABLE registrations ADD COLUMN trip_consent_signed_by TEXT;
ALTER TABLE registrations ADD COLUMN trip_consent_signed_on TEXT;
ALTER TABLE registrations ADD COLUMN trip_consent_form TEXT;
ALTER TABLE registrations ADD COLUMN trip_consent_recorded_by BIGINT REFERENCES users(id) ON DELETE SET NULL;
