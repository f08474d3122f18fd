-- Curated lists loaded into the knowledge base, such as the office holders compiled into chancery,
-- each with the checksum of the version loaded: a list is loaded once, and again only when it changes.

CREATE TABLE reference_lists (
    name      TEXT PRIMARY KEY,                 -- e.g. 'officials'
    checksum  TEXT NOT NULL,                    -- SHA-256 of the list as compiled in
    loaded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) WITHOUT ROWID;
