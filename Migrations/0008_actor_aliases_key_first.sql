-- actor_aliases again, its key columns declared first and in the key's order.
--
-- SQLite 3.40 checks NOT NULL columns in PRAGMA integrity_check, and reads a WITHOUT ROWID table
-- whose declared columns are not in the order they are stored (key first) at the wrong place:
-- the table of 0002, (actor_id, alias, folded_alias) keyed on (folded_alias, actor_id), made it
-- report "NULL value in actor_aliases.alias" for every row of a sound base. Declared in stored
-- order, the same rows check clean. Rebuilt in this migration's transaction: every row is
-- copied before the old table is dropped, and no other table, view or trigger refers to it.
CREATE TABLE actor_aliases_rebuilt (
    folded_alias TEXT NOT NULL,
    actor_id     INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    alias        TEXT NOT NULL,                 -- as written
    PRIMARY KEY (folded_alias, actor_id)
) WITHOUT ROWID;
INSERT INTO actor_aliases_rebuilt (folded_alias, actor_id, alias)
SELECT folded_alias, actor_id, alias FROM actor_aliases;
DROP TABLE actor_aliases;
ALTER TABLE actor_aliases_rebuilt RENAME TO actor_aliases;
CREATE INDEX actor_aliases_by_actor ON actor_aliases (actor_id);
