-- What a site's privacy notice names besides the carrier: its data protection officer and the
-- technical providers who process data on its behalf (hosting, mail relay).
ALTER TABLE sites ADD COLUMN privacy_contact TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN processors TEXT NOT NULL DEFAULT '';
