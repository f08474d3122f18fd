-- Indexes for the two questions asked most: what two countries did together, and what happened
-- in a period.

-- Every ordered pair of countries that took part in one event, both ways round ('MA','RU' and
-- 'RU','MA'). `chancery meetings MA RU` then reads the few hundred events of one pair instead
-- of walking every event of Morocco and checking Russia on each. Triggers keep the table in step
-- with event_countries, whoever writes it (chancery, or sqlite3 loading rows by hand); a pair
-- goes when its event goes. Nothing removes a single country from an event.
CREATE TABLE event_country_pairs (
    country  TEXT NOT NULL,
    partner  TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (country, partner, event_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO event_country_pairs (country, partner, event_id)
SELECT c1.country, c2.country, c1.event_id
FROM event_countries c1
JOIN event_countries c2 ON c2.event_id = c1.event_id AND c2.country <> c1.country;

CREATE TRIGGER event_country_pairs_on_insert AFTER INSERT ON event_countries
BEGIN
    INSERT OR IGNORE INTO event_country_pairs (country, partner, event_id)
    SELECT NEW.country, other.country, NEW.event_id
    FROM event_countries other WHERE other.event_id = NEW.event_id AND other.country <> NEW.country;
    INSERT OR IGNORE INTO event_country_pairs (country, partner, event_id)
    SELECT other.country, NEW.country, NEW.event_id
    FROM event_countries other WHERE other.event_id = NEW.event_id AND other.country <> NEW.country;
END;

-- How many days each event's date can stand for (0 for a day, 30 for a month, 364 or 365 for a
-- year, more for a range). A period's question bounds its scan of events_by_type_date from
-- below by the widest span stored: an event that reaches into 2020 cannot start before
-- 2020-01-01 minus that span. Without the bound, "agreements in 2020" walks every agreement
-- since the earliest one.
CREATE INDEX events_by_span ON events (julianday(date_last) - julianday(date_first));
