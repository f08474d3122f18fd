-- A table of events prints, for each, fields of its own row (type, status, dates, place, mode,
-- instrument, count, title, body, ordinal) besides its countries and people. Read one column at a
-- time, SQLite spends about as much on handing over each column as on finding the row: for a
-- year of agreements in a base of a million events, a third of the answer's time. `details` now
-- also holds those fields, so that a listing reads an event's id and `details` and nothing else.
--
-- The packing: four sections separated by U+001D.
--   1. The country codes (sorted), separated by U+001E.
--   2. The participants (in order of first mention), separated by U+001E; a participant's name,
--      country and role separated by U+001F, an empty field standing for none.
--   3. The organisations (sorted), separated by U+001E.
--   4. The head, the event's own fields: type, status, date, end_date, location_name, mode,
--      instrument, count, title, body and ordinal, in that order, separated by U+001F; an empty
--      field stands for none.
-- The sections a listing prints come first, so that SQL reads them as easily as Chancery does.
-- A separator inside a field (U+001D to U+001F) is written as a space. The columns stay what
-- questions filter on and what whole events are read from; Store writes `details` from the same
-- values, in the same transaction.
UPDATE events SET details =
    ifnull((SELECT group_concat(country, char(30))
            FROM (SELECT country FROM event_countries WHERE event_id = events.id ORDER BY country)), '')
    || char(29) ||
    ifnull((SELECT group_concat(replace(replace(replace(name, char(29), ' '), char(30), ' '), char(31), ' ')
                                || char(31) || ifnull(replace(replace(replace(country, char(29), ' '), char(30), ' '), char(31), ' '), '')
                                || char(31) || ifnull(replace(replace(replace(role, char(29), ' '), char(30), ' '), char(31), ' '), ''),
                                char(30))
            FROM (SELECT name, country, role FROM participations WHERE event_id = events.id ORDER BY position)), '')
    || char(29) ||
    ifnull((SELECT group_concat(replace(replace(replace(organization, char(29), ' '), char(30), ' '), char(31), ' '), char(30))
            FROM (SELECT organization FROM event_organizations WHERE event_id = events.id ORDER BY organization)), '')
    || char(29) ||
    type || char(31) || status || char(31) || ifnull(date, '') || char(31) || ifnull(end_date, '') || char(31)
    || ifnull(replace(replace(replace(location_name, char(29), ' '), char(30), ' '), char(31), ' '), '') || char(31)
    || ifnull(mode, '') || char(31) || ifnull(instrument, '') || char(31) || ifnull(count, '') || char(31)
    || ifnull(replace(replace(replace(title, char(29), ' '), char(30), ' '), char(31), ' '), '') || char(31)
    || ifnull(replace(replace(replace(body, char(29), ' '), char(30), ' '), char(31), ' '), '') || char(31)
    || ifnull(ordinal, '');
