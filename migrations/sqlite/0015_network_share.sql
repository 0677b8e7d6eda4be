-- Where a registration came from, as an HMAC of the client's network (an IPv4 address or an IPv6
-- /64) made with the server's key: enough to see a burst from one network within an hour, nothing
-- to find anybody by.
ALTER TABLE registrations ADD COLUMN network TEXT;
-- 1 when a registration went to the waiting list because one network had taken its share of the
-- places within the hour; staff see it flagged and decide.
ALTER TABLE registrations ADD COLUMN burst BIGINT NOT NULL DEFAULT 0 CHECK (burst IN (0, 1));
-- The share of an offer's places, in percent, that one network may take (or hold for a parent's
-- consent) within an hour. Staff raise it for a school class that registers together.
ALTER TABLE offers ADD COLUMN network_share BIGINT NOT NULL DEFAULT 50 CHECK (network_share BETWEEN 1 AND 100);
CREATE INDEX registrations_network ON registrations (offer_id, network, created_at);
