-- A form is anonymous input: it adds registrations, never changes a person on file.
-- form_token: the one-time token of the form a registration came from, so that a double tap from
-- that form gets the first answer again and any other repeat learns nothing.
-- typed_parent_email: a parent's address typed in for a person whose record names another parent
-- (or none). Staff see it and decide; it is never asked by itself.
ALTER TABLE registrations ADD COLUMN form_token TEXT;
ALTER TABLE registrations ADD COLUMN typed_parent_email TEXT;
