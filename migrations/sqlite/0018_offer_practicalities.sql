-- What staff tell people before they come: the cost (NULL: free; in euro cents), what to bring,
-- and where to meet when it is not the venue itself (a trip starts at the station).
ALTER TABLE offers ADD COLUMN cost_cents BIGINT CHECK (cost_cents IS NULL OR cost_cents BETWEEN 1 AND 100000);
ALTER TABLE offers ADD COLUMN bring TEXT NOT NULL DEFAULT '';
ALTER TABLE offers ADD COLUMN meeting_point TEXT NOT NULL DEFAULT '';
