-- Chancery's knowledge base: documents, the events read from them, who and what took part.
-- Dates are ISO 8601 text at their precision ('2025', '2025-10', '2025-10-16'); date_first and
-- date_last hold the first and last day a date can stand for, so ranges compare as text.

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT NOT NULL UNIQUE,          -- the caller's id, returned in every source
    url          TEXT,
    title        TEXT,
    language     TEXT CHECK (language IN ('ar', 'fr', 'en')),
    published    TEXT,
    content_hash TEXT NOT NULL UNIQUE,          -- SHA-256 of the text: the same article twice is one document
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE countries (
    code    TEXT PRIMARY KEY CHECK (length(code) = 2),
    alpha3  TEXT,
    name_en TEXT NOT NULL,
    name_fr TEXT,
    name_ar TEXT
) WITHOUT ROWID;

CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    type             TEXT NOT NULL CHECK (type IN ('meeting', 'agreement', 'commission_session')),
    status           TEXT NOT NULL CHECK (status IN ('occurred', 'planned')),
    date             TEXT,
    date_precision   TEXT CHECK (date_precision IN ('year', 'month', 'day')),
    date_first       TEXT,
    date_last        TEXT,
    end_date         TEXT,
    location_name    TEXT,
    location_country TEXT,
    mode             TEXT CHECK (mode IN ('in_person', 'phone', 'video')),
    instrument       TEXT CHECK (instrument IN ('mou', 'agreement', 'treaty', 'convention', 'protocol', 'declaration', 'other')),
    count            INTEGER,
    title            TEXT,
    body             TEXT,
    ordinal          INTEGER,
    confidence       REAL NOT NULL DEFAULT 0.5,
    CHECK ((date IS NULL) = (date_precision IS NULL))
);
CREATE INDEX events_by_type_date ON events (type, date_first);
CREATE INDEX events_by_date ON events (date_first);

CREATE TABLE event_countries (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    country  TEXT NOT NULL,
    PRIMARY KEY (event_id, country)
) WITHOUT ROWID;
CREATE INDEX event_countries_by_country ON event_countries (country, event_id);

CREATE TABLE event_organizations (
    event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organization TEXT NOT NULL,
    PRIMARY KEY (event_id, organization)
) WITHOUT ROWID;
CREATE INDEX event_organizations_by_organization ON event_organizations (organization, event_id);

-- People, one row per person whatever the script their name was written in.
CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    folded_name TEXT NOT NULL,                  -- lower case, no diacritics: what lookups compare
    country     TEXT,
    role        TEXT,
    UNIQUE (folded_name, country)
);

CREATE TABLE participations (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    position INTEGER NOT NULL,                  -- order of first mention
    name     TEXT NOT NULL,                     -- as written in the document
    country  TEXT,
    role     TEXT,
    PRIMARY KEY (event_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX participations_by_actor ON participations (actor_id, event_id);

-- Which document reports which event, and the passage that says so (offsets in Unicode scalars).
CREATE TABLE sources (
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    evidence    TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    PRIMARY KEY (event_id, document_id)
) WITHOUT ROWID;
CREATE INDEX sources_by_document ON sources (document_id, event_id);

-- Full-text search over documents. The text indexed is folded first (harakat, tatweel and
-- accents removed, alef forms unified): FTS5's tokenizer would split Arabic words at harakat.
CREATE VIRTUAL TABLE document_search USING fts5 (
    title, body,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Views for reading the file with sqlite3 or datasette, without Chancery.
CREATE VIEW event_overview AS
SELECT e.id, e.type, e.status, e.date, e.end_date,
       (SELECT group_concat(country, ',') FROM (SELECT country FROM event_countries WHERE event_id = e.id ORDER BY country)) AS countries,
       (SELECT group_concat(organization, ',') FROM event_organizations WHERE event_id = e.id) AS organizations,
       e.location_name AS location, e.mode, e.instrument, e.count, e.title, e.body, e.ordinal, e.confidence,
       (SELECT group_concat(name, '; ') FROM (SELECT name FROM participations WHERE event_id = e.id ORDER BY position)) AS participants,
       (SELECT count(*) FROM sources WHERE event_id = e.id) AS source_count
FROM events e;

CREATE VIEW event_sources AS
SELECT s.event_id, d.external_id AS document, d.url, d.title, d.published, s.evidence, s.start, s."end"
FROM sources s JOIN documents d ON d.id = s.document_id;

CREATE VIEW event_participants AS
SELECT p.event_id, p.position, p.name, p.country, p.role, a.id AS actor_id, a.name AS actor_name
FROM participations p JOIN actors a ON a.id = p.actor_id;
