-- Who a site's messages come from: its sender name, optionally its own sender address (where the
-- mail relay may send for that domain), and the address replies go to. Empty means the server's
-- TREFFPUNKT_MAIL_FROM. Each outbox row names its site, so a message keeps its sender on retries.
ALTER TABLE sites ADD COLUMN mail_from_name TEXT;
ALTER TABLE sites ADD COLUMN mail_from_address TEXT;
ALTER TABLE sites ADD COLUMN mail_reply_to TEXT;
ALTER TABLE outbox ADD COLUMN site_id BIGINT REFERENCES sites(id);
