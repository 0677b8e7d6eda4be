-- Delivery over SMTP: a failed attempt waits before the next (exponential backoff), and a worker
-- claims the rows it sends for a minute, so that several server processes never send one row at
-- the same time.
ALTER TABLE outbox ADD COLUMN next_attempt_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN claimed_until BIGINT NOT NULL DEFAULT 0;
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE sent_at IS NULL;

-- When a date last changed (moved, retimed, cancelled): the DTSTAMP and Last-Modified of
-- calendar feeds, so that calendar apps that poll get "not modified" until something changes.
ALTER TABLE sessions ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0;
