-- A listing of events (a pair's meetings, a year's agreements, a country's timeline) shows each
-- event's countries and people. Read from event_countries, event_organizations and
-- participations, that is three lookups per event, scattered over the file: for a year of
-- agreements in a base of a million events, most of the answer's time. `details` keeps them in
-- the event's row, packed in one text, and the period index carries every column a listing
-- reads, so that a period's events come from that index alone, in order, from neighbouring pages.
--
-- The packing: three sections separated by U+001D, the country codes (sorted), the
-- organisations (sorted) and the participants (in order of first mention); the items of a
-- section separated by U+001E; a participant's name, country and role separated by U+001F, an
-- empty field standing for none. Names are read from a document's words, which hold no control
-- characters. The three tables stay what questions filter on; Store writes `details` from the
-- same values, in the same transaction.
ALTER TABLE events ADD COLUMN details TEXT NOT NULL DEFAULT '';
UPDATE events SET details =
    ifnull((SELECT group_concat(country, char(30))
            FROM (SELECT country FROM event_countries WHERE event_id = events.id ORDER BY country)), '')
    || char(29) ||
    ifnull((SELECT group_concat(organization, char(30))
            FROM (SELECT organization FROM event_organizations WHERE event_id = events.id ORDER BY organization)), '')
    || char(29) ||
    ifnull((SELECT group_concat(name || char(31) || ifnull(country, '') || char(31) || ifnull(role, ''), char(30))
            FROM (SELECT name, country, role FROM participations WHERE event_id = events.id ORDER BY position)), '');

-- Every column Store.eventColumns reads, after the ones questions seek and order on: id follows
-- date_first so that rows come out in the order listings print them, with no sort.
DROP INDEX events_by_type_date;
CREATE INDEX events_by_type_date ON events (
    type, date_first, id, date_last, status, date, end_date, location_name, location_country, mode,
    instrument, count, title, body, ordinal, confidence, details
);
