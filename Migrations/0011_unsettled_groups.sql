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
