-- Syndicated copies: the same wire story set by another outlet, under another id and headline,
-- with a trailing line or a few words changed. Its text is not the same as the stored one's, so
-- `content_hash` does not recognise it; its words nearly are. A copy's events are another report
-- of the stored document's events: each becomes one more source of the event the stored document
-- reports from the same passage, whatever the merge rules would say of it.
--
-- Each document's text is cut into word shingles (five consecutive words of its folded form,
-- see ChanceryCore/WordShingles.swift), summed up by a MinHash signature of 120 values, cut into
-- 40 bands of 3 values, each band hashed to one integer (ChanceryCore/MinHash.swift). Documents
-- sharing a band hash are candidates; a candidate is a copy when the shingles of the two texts,
-- compared exactly, have a Jaccard index of at least Store.copyResemblance.

-- One row per document, copy or not, once its signature's bands are in document_bands.
CREATE TABLE document_signatures (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    shingles    INTEGER NOT NULL,               -- how many distinct shingles its text has
    -- The stored document this one was found a copy of when it came in, and how alike they are
    -- (the Jaccard index of their shingles); NULL for a document that is no copy.
    copy_of     INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    resemblance REAL
);
CREATE INDEX document_signatures_by_original ON document_signatures (copy_of) WHERE copy_of IS NOT NULL;

-- The band hashes of each document's signature: the documents that may be copies of a new one
-- are those sharing one of its 40 hashes, read from this table's key.
CREATE TABLE document_bands (
    band_hash   INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (band_hash, document_id)
) WITHOUT ROWID;
CREATE INDEX document_bands_by_document ON document_bands (document_id);

-- Undated reports of one event by documents published close together are weighed against each
-- other (Store+Merge): the documents of a few days are read through this index.
CREATE INDEX documents_by_published ON documents (published);

-- For reading by hand: each copy with the document it was found a copy of.
CREATE VIEW document_copies AS
SELECT c.external_id AS document, o.external_id AS copy_of, s.resemblance
FROM document_signatures s JOIN documents c ON c.id = s.document_id JOIN documents o ON o.id = s.copy_of;
