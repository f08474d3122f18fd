-- One knowledge base: events merged across documents, actors known by every name they go by,
-- and the indexes that the relationship, actor, search and statistics questions read.

-- The sorted country codes of an event, comma-separated ('MA,RU'): with the type, the key under
-- which a new extraction looks for a stored event it may be another report of.
ALTER TABLE events ADD COLUMN country_key TEXT;
UPDATE events SET country_key = (
    SELECT group_concat(country, ',')
    FROM (SELECT country FROM event_countries WHERE event_id = events.id ORDER BY country)
);
CREATE INDEX events_by_merge_key ON events (type, country_key, date_first);
CREATE INDEX events_by_type_status ON events (type, status);
CREATE INDEX events_by_date_last ON events (date_last);

-- Every name a person is known by, in any script, folded the way TextFolding.fold folds.
CREATE TABLE actor_aliases (
    actor_id     INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    alias        TEXT NOT NULL,                 -- as written
    folded_alias TEXT NOT NULL,
    PRIMARY KEY (folded_alias, actor_id)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_by_actor ON actor_aliases (actor_id);

-- Each word of each alias, for surname lookups and `chancery actors TEXT`.
CREATE TABLE actor_name_words (
    word     TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    is_last  INTEGER NOT NULL DEFAULT 0,        -- 1 when the word ends an alias: a surname
    PRIMARY KEY (word, actor_id, is_last)
) WITHOUT ROWID;

-- Dated roles: who held which office, as first and last seen in the events (or as curated).
CREATE TABLE actor_roles (
    actor_id   INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    country    TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL,
    first_seen TEXT,                            -- YYYY-MM-DD or NULL when unknown
    last_seen  TEXT,
    PRIMARY KEY (actor_id, country, role)
) WITHOUT ROWID;
CREATE INDEX actor_roles_by_office ON actor_roles (country, role, first_seen);

CREATE INDEX actors_by_name ON actors (name);

INSERT OR IGNORE INTO actor_aliases (actor_id, alias, folded_alias)
SELECT id, name, folded_name FROM actors;
