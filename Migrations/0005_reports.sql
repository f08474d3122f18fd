-- What each document said of an event that more than one document reports. A merged event is
-- recomputed from all its reports, taken in the order of their documents (earliest published
-- first, then by the caller's id), so that what the knowledge base holds does not depend on the
-- order in which the documents came in. An event with one source has no rows here: its row in
-- events is that source's report. An event merged before this table existed counts as one report
-- of its first source.
CREATE TABLE reports (
    event_id         INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    document_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    status           TEXT NOT NULL CHECK (status IN ('occurred', 'planned')),
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
    PRIMARY KEY (event_id, document_id)
) WITHOUT ROWID;

-- The people a report names, in its order, with the name as that document writes it.
CREATE TABLE report_participants (
    event_id    INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    actor_id    INTEGER NOT NULL REFERENCES actors (id),
    name        TEXT NOT NULL,
    country     TEXT,
    role        TEXT,
    PRIMARY KEY (event_id, document_id, position),
    FOREIGN KEY (event_id, document_id) REFERENCES reports (event_id, document_id) ON DELETE CASCADE
) WITHOUT ROWID;
