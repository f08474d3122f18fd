-- Corrections: what a person changed in the knowledge base, each a record of its own (who, when,
-- what), applied on top of what extraction gives. Extraction writes events; after every batch of
-- an ingest or of a rebuild, in the same transaction, every correction in force is applied again,
-- so that a deleted event stays deleted, an edited date stays edited and merged events or people
-- stay merged, whatever documents come in later and whatever version of Chancery rereads them.
--
-- An event's id is not what a correction holds on to: rereading a document gives its events
-- again. A correction knows an event by its reports: for each document that reports it, the
-- document, the type, the countries the document named (sources.country_key) and where its
-- evidence lies, and, for the rare document that gives two reports from one passage, what the
-- report said (its status, dates, session number, mode and instrument, in `fingerprint`). Those
-- stay the same when more documents come in; when the document is read again, each is carried
-- over to the report that stands where it stood.
--
-- An event a correction has touched keeps the report of each of its sources in `reports`, even
-- when it has one source only (see 0005): that is what the event is recomputed from when its
-- sources change, the corrections being applied again on top.

-- The countries each document named for an event (sorted ISO codes, comma-separated): the event's
-- own countries may be corrected by hand, this stays what extraction read.
ALTER TABLE sources ADD COLUMN country_key TEXT;
UPDATE sources SET country_key = coalesce((SELECT country_key FROM events WHERE events.id = sources.event_id), '');

-- A correction deletes events, and deleting an event deletes its pairs: without this index each
-- deletion would read the whole of event_country_pairs to find them.
CREATE INDEX event_country_pairs_by_event ON event_country_pairs (event_id);

-- The kinds of correction, as a table rather than a CHECK list, so that a new kind is one INSERT.
CREATE TABLE correction_kinds (
    kind        TEXT PRIMARY KEY,
    description TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO correction_kinds (kind, description) VALUES
    ('delete', 'an event that is none: deleted, with every later report of it'),
    ('edit', 'an event''s date, status, countries or place, set by hand'),
    ('split', 'one document''s report taken out of an event into an event of its own'),
    ('merge', 'two events that are one'),
    ('actor_merge', 'two people who are one'),
    ('actor_rename', 'a person''s name, set by hand');

-- One row per correction, in the order they were made; `chancery undo` marks the last one
-- undone rather than deleting it. `change` is JSON (json_extract reads it), by kind:
--   delete        {"event": {"type", "date", "countries", "summary"}, "sources": [document ids]}
--   edit          {"date": {"from", "to"}, "end_date": {…}, "status": {…},
--                  "countries": {"from": […], "add": […], "remove": […]},
--                  "location": {"from": {"name", "country"}, "to": {…}}}, only the fields edited
--   split         {"document": id, "from_event": n, "to_event": n}
--   merge         {"events": [kept, merged], "into": kept}
--   actor_merge   {"from": {"id", "name", "folded_name", "country", "aliases": […]}, "into": {"id", "name", "aliases": […]}}
--   actor_rename  {"from": name, "to": name, "alias_added": true|false}
CREATE TABLE corrections (
    id        INTEGER PRIMARY KEY,
    made_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    author    TEXT NOT NULL,
    kind      TEXT NOT NULL REFERENCES correction_kinds (kind),
    -- What was corrected: an event as its first report ('ar-001:meeting:MA,RU:812', the document,
    -- type, countries and evidence start), or a person ('actor 12').
    target    TEXT NOT NULL,
    event_id  INTEGER,                          -- the event's id when the correction was made
    actor_id  INTEGER,                          -- the person corrected (actor_merge: the one kept)
    change    TEXT NOT NULL CHECK (json_valid(change)),
    undone_at TEXT,
    undone_by TEXT
);
CREATE INDEX corrections_by_event ON corrections (event_id);

-- The reports a correction is about. `part` says which: 'event' (the event corrected; for a
-- merge, the one kept), 'merged' (the event merged into it), 'taken' (the report a split took
-- out), 'absorbed' (a later report of the same event, folded in or deleted with it).
CREATE TABLE correction_reports (
    id            INTEGER PRIMARY KEY,
    correction_id INTEGER NOT NULL REFERENCES corrections (id) ON DELETE CASCADE,
    part          TEXT NOT NULL CHECK (part IN ('event', 'merged', 'taken', 'absorbed')),
    document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    type          TEXT NOT NULL,
    country_key   TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    fingerprint   TEXT NOT NULL                 -- 'occurred|2025-10-16||8||' (see Store.fingerprint)
);
CREATE INDEX correction_reports_by_correction ON correction_reports (correction_id, part);
CREATE INDEX correction_reports_by_document ON correction_reports (document_id, correction_id);

-- What the reports of a deleted event said: a later report of the same event is recognised by
-- them and deleted too, and `chancery undo` brings the event back from them. Participants and
-- organisations are JSON arrays ({"actor", "name", "country", "role"} for a participant).
CREATE TABLE deleted_reports (
    id               INTEGER PRIMARY KEY,
    correction_id    INTEGER NOT NULL REFERENCES corrections (id) ON DELETE CASCADE,
    document_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    type             TEXT NOT NULL,
    country_key      TEXT NOT NULL,
    status           TEXT NOT NULL,
    date             TEXT,
    end_date         TEXT,
    location_name    TEXT,
    location_country TEXT,
    mode             TEXT,
    instrument       TEXT,
    count            INTEGER,
    title            TEXT,
    body             TEXT,
    ordinal          INTEGER,
    confidence       REAL NOT NULL,
    organizations    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(organizations)),
    participants     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(participants)),
    evidence         TEXT NOT NULL,
    start            INTEGER NOT NULL,
    "end"            INTEGER NOT NULL
);
CREATE INDEX deleted_reports_by_correction ON deleted_reports (correction_id);
CREATE INDEX deleted_reports_by_document ON deleted_reports (document_id);

-- `chancery rebuild` rereads every document one batch at a time, each batch one transaction:
-- the last document reread (by row id) and the last there was when it began. Run again after an
-- interruption, it goes on from there; a finished rebuild keeps its row until the next begins.
CREATE TABLE rebuild_progress (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    started_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    last_document INTEGER NOT NULL DEFAULT 0,
    last_to_read  INTEGER NOT NULL,
    finished_at   TEXT
);

-- For reading by hand: each correction, whether it is undone, and the documents it is about.
CREATE VIEW correction_log AS
SELECT c.id, c.made_at, c.author, c.kind, c.target, c.event_id, c.actor_id, c.change,
       c.undone_at IS NOT NULL AS undone, c.undone_at, c.undone_by,
       (SELECT group_concat(DISTINCT d.external_id) FROM correction_reports r JOIN documents d ON d.id = r.document_id
        WHERE r.correction_id = c.id) AS documents
FROM corrections c;
