-- migrator: rebuilds tables
-- (Foreign keys are off while this runs and checked as a whole before it commits: see
-- SQLiteDB/Migrator.swift. With them on, dropping `events` below would delete, through the
-- cascades of 0001 to 0009, every country, person, source and report of every event.)
--
-- One plain event model. Event types and languages become tables that `events.type` and
-- `documents.language` refer to, rather than CHECK lists: adding a type or a language is then
-- one INSERT in a new migration, where a CHECK list can only change by rebuilding its table.
-- Nothing refers to them with a cascade: a type or a language in use cannot be deleted.
--
-- And `events.details`, whose text packed countries, people and fields with control characters,
-- becomes `listing`, JSON that sqlite3's json_extract and datasette read: the event as EVENTS.md
-- writes it, without its id, confidence and sources, which the row and `sources` hold.
--   {"type": "meeting", "status": "occurred", "date": "2025-10-16", "end_date": null,
--    "location": {"name": "Moscow", "country": "RU"}, "mode": null, "instrument": null, "count": null,
--    "title": null, "body": null, "ordinal": null, "countries": ["MA", "RU"], "organizations": [],
--    "participants": [{"name": "…", "country": "MA", "role": "foreign minister"}]}
-- The countries and organisations sorted, the participants in order of first mention. A listing
-- of thousands of events reads an event's id, confidence and listing, one column where its own
-- fields would be a dozen, and its countries and people with the row instead of three lookups
-- apiece. The columns, event_countries, event_organizations and participations stay what
-- questions filter on and what events are recomputed from; the store writes `listing` from the
-- same values, in the same transaction (ChanceryStore/EventListing.swift).
--
-- The two tables are rebuilt as SQLite's documentation describes (make the new one, copy every
-- row with its id, drop the old, rename the new), after the views that read them are dropped;
-- their indexes and views are made again as they were.

CREATE TABLE event_types (
    type        TEXT PRIMARY KEY,
    description TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO event_types (type, description) VALUES
    ('meeting', 'officials of two or more states, or of a state and an organisation, meet or talk'),
    ('agreement', 'a signing of one or more written instruments between parties of two or more states'),
    ('commission_session', 'a session of a standing bilateral or multilateral body');

CREATE TABLE languages (
    code TEXT PRIMARY KEY,                       -- ISO 639-1
    name TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO languages (code, name) VALUES ('ar', 'Arabic'), ('fr', 'French'), ('en', 'English');

DROP VIEW event_overview;
DROP VIEW event_sources;
DROP VIEW event_participants;
DROP VIEW correction_log;
DROP VIEW document_copies;

CREATE TABLE events_rebuilt (
    id               INTEGER PRIMARY KEY,
    type             TEXT NOT NULL REFERENCES event_types (type),
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
    country_key      TEXT,
    listing          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(listing)),
    CHECK ((date IS NULL) = (date_precision IS NULL))
);
INSERT INTO events_rebuilt (id, type, status, date, date_precision, date_first, date_last, end_date, location_name,
                            location_country, mode, instrument, count, title, body, ordinal, confidence, country_key, listing)
SELECT id, type, status, date, date_precision, date_first, date_last, end_date, location_name,
       location_country, mode, instrument, count, title, body, ordinal, confidence, country_key,
       json_object(
           'type', type, 'status', status, 'date', date, 'end_date', end_date,
           'location', json(CASE WHEN location_name IS NULL THEN NULL
                                 ELSE json_object('name', location_name, 'country', location_country) END),
           'mode', mode, 'instrument', instrument, 'count', count, 'title', title, 'body', body, 'ordinal', ordinal,
           'countries', json((SELECT json_group_array(country)
                              FROM (SELECT country FROM event_countries WHERE event_id = events.id ORDER BY country))),
           'organizations', json((SELECT json_group_array(organization)
                                  FROM (SELECT organization FROM event_organizations WHERE event_id = events.id ORDER BY organization))),
           'participants', json((SELECT json_group_array(json_object('name', name, 'country', country, 'role', role))
                                 FROM (SELECT name, country, role FROM participations WHERE event_id = events.id ORDER BY position))))
FROM events;
DROP TABLE events;
ALTER TABLE events_rebuilt RENAME TO events;

-- What a listing filters on and reads (Store.eventColumns), after the columns questions seek
-- and order on: id follows date_first so that rows come out in the order listings print them,
-- with no sort, and a period's events are read from this index alone, from neighbouring pages.
CREATE INDEX events_by_type_date ON events (type, date_first, id, date_last, status, mode, instrument, confidence, listing);
CREATE INDEX events_by_date ON events (date_first);
CREATE INDEX events_by_merge_key ON events (type, country_key, date_first);
CREATE INDEX events_by_type_status ON events (type, status);
CREATE INDEX events_by_date_last ON events (date_last);
CREATE INDEX events_by_span ON events (julianday(date_last) - julianday(date_first));

CREATE TABLE documents_rebuilt (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT NOT NULL UNIQUE,          -- the caller's id, returned in every source
    url          TEXT,
    title        TEXT,
    language     TEXT REFERENCES languages (code),
    published    TEXT,
    content_hash TEXT NOT NULL UNIQUE,          -- SHA-256 of the text: the same article twice is one document
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
-- With their ids: document_search's rows are keyed by them.
INSERT INTO documents_rebuilt (id, external_id, url, title, language, published, content_hash, text, ingested_at)
SELECT id, external_id, url, title, language, published, content_hash, text, ingested_at FROM documents;
DROP TABLE documents;
ALTER TABLE documents_rebuilt RENAME TO documents;
CREATE INDEX documents_by_published ON documents (published);

-- The views of 0001, 0009 and 0010, as they were.
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

CREATE VIEW correction_log AS
SELECT c.id, c.made_at, c.author, c.kind, c.target, c.event_id, c.actor_id, c.change,
       c.undone_at IS NOT NULL AS undone, c.undone_at, c.undone_by,
       (SELECT group_concat(DISTINCT d.external_id) FROM correction_reports r JOIN documents d ON d.id = r.document_id
        WHERE r.correction_id = c.id) AS documents
FROM corrections c;

CREATE VIEW document_copies AS
SELECT c.external_id AS document, o.external_id AS copy_of, s.resemblance
FROM document_signatures s JOIN documents c ON c.id = s.document_id JOIN documents o ON o.id = s.copy_of;
