-- The links a message carries, as what they open ("registration:42", "magic:…"), never as their
-- secret: the body holds placeholders, and the worker makes the links with the key from the key
-- file when it sends. A copy of the database holds no link that opens anything. Messages from
-- before keep '' here; the server rewrites their bodies on its first start (outbox::seal_legacy).
ALTER TABLE outbox ADD COLUMN links TEXT NOT NULL DEFAULT '';
