-- Foundation: sites, organisations, venues, programmes, offers and their sessions.
-- Instants are UTC seconds since the epoch (BIGINT) beside the IANA zone they are shown in, and
-- yes/no flags are BIGINT 0/1 (sqlx's Any driver reads no SQLite BOOLEAN),
-- so that both backends sort and compare them the same way.

CREATE TABLE sites (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    city        TEXT NOT NULL,
    time_zone   TEXT NOT NULL DEFAULT 'Europe/Berlin'
);

CREATE TABLE organisations (
    id          INTEGER PRIMARY KEY,
    site_id     BIGINT NOT NULL REFERENCES sites(id),
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    website     TEXT,
    UNIQUE (site_id, slug)
);

CREATE TABLE venues (
    id                  INTEGER PRIMARY KEY,
    site_id             BIGINT NOT NULL REFERENCES sites(id),
    name                TEXT NOT NULL,
    street              TEXT NOT NULL,
    postal_code         TEXT NOT NULL,
    city                TEXT NOT NULL,
    district            TEXT NOT NULL,
    step_free           BIGINT NOT NULL DEFAULT 0 CHECK (step_free IN (0, 1)),
    accessible_toilet   BIGINT NOT NULL DEFAULT 0 CHECK (accessible_toilet IN (0, 1)),
    accessibility_notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE programmes (
    id          INTEGER PRIMARY KEY,
    site_id     BIGINT NOT NULL REFERENCES sites(id),
    slug        TEXT NOT NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    starts_on   TEXT NOT NULL,
    ends_on     TEXT NOT NULL,
    UNIQUE (site_id, slug)
);

CREATE TABLE offers (
    id              INTEGER PRIMARY KEY,
    site_id         BIGINT NOT NULL REFERENCES sites(id),
    programme_id    BIGINT REFERENCES programmes(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    venue_id        BIGINT REFERENCES venues(id),
    kind            TEXT NOT NULL CHECK (kind IN ('group', 'event')),
    status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled')),
    category        TEXT NOT NULL,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    min_age         BIGINT NOT NULL DEFAULT 12,
    max_age         BIGINT NOT NULL DEFAULT 27,
    audience        TEXT NOT NULL DEFAULT 'youth',
    focus           TEXT NOT NULL DEFAULT '',
    languages       TEXT NOT NULL DEFAULT 'de',
    time_zone       TEXT NOT NULL DEFAULT 'Europe/Berlin',
    capacity        BIGINT
);
CREATE INDEX offers_site_status ON offers (site_id, status);
CREATE INDEX offers_programme ON offers (programme_id);
CREATE INDEX offers_organisation ON offers (organisation_id);

-- German is the offer's own text; other languages live here and fall back to German.
CREATE TABLE offer_translations (
    offer_id    BIGINT NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (offer_id, lang)
);

CREATE TABLE programme_translations (
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    lang         TEXT NOT NULL,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (programme_id, lang)
);

-- Joint activities: the owner is offers.organisation_id, these are the co-hosts.
CREATE TABLE offer_cohosts (
    offer_id        BIGINT NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    PRIMARY KEY (offer_id, organisation_id)
);

CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    offer_id    BIGINT NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
    starts_at   BIGINT NOT NULL,
    ends_at     BIGINT NOT NULL,
    time_zone   TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    CHECK (ends_at > starts_at)
);
CREATE INDEX sessions_starts_at ON sessions (starts_at);
CREATE INDEX sessions_offer_starts_at ON sessions (offer_id, starts_at);
