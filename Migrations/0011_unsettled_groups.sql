-- The groups of events (a type and the countries named: what a report is weighed against, see
-- Store+Merge) that a report came into out of document order (the earlier published first, then
-- by id): one stored before it is of a document after it. Such a report may have grouped otherwise
-- than if the documents had come in order, so the group is weighed again, in that order, at the
-- end of the ingest or rebuild (Store+Settling), and its row deleted in the same transaction. A
-- row left by an ingest that was killed or interrupted is settled by the next one.
CREATE TABLE unsettled_groups (
    type        TEXT NOT NULL,
    country_key TEXT NOT NULL,
    PRIMARY KEY (type, country_key)
) WITHOUT ROWID;

-- The organisations each document named for an event (codes, comma-separated; '' for none), so
-- that an event whose reports are weighed again into other events, or taken out of it, keeps the
-- organisations of the reports it still has and no other's. NULL for a source stored before this
-- migration, of which only the event's organisations, all its reports' together, are known.
ALTER TABLE sources ADD COLUMN organizations TEXT;
