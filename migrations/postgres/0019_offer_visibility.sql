-- Who finds an offer: everyone, the network's staff and partners only (network meetings,
-- Arbeitskreise), or whoever has its invitation link.
ALTER TABLE offers ADD COLUMN visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'partners', 'invited'));
