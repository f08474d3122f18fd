/// The SQL the sqlite3 shell runs as the floor of each query: the same rows, in the same order,
/// with the same columns as chancery prints, built from the same tables and indexes. Listings
/// read countries and people from events.listing with SQLite's JSON functions, as chancery reads
/// them from there (the other fields from their columns); the export builds its JSON arrays from
/// the detail tables, which JSON functions can group.
enum EquivalentQueries {
    /// The country codes from events.listing, joined by `separator`.
    static func countries(separator: String) -> String {
        "(SELECT group_concat(value, '\(separator)') FROM json_each(e.listing, '$.countries'))"
    }

    /// The participants from events.listing, "name, country, role; …": as many bytes as
    /// chancery's "name (role, country); …", give or take a character a person.
    static let participants = """
        (SELECT group_concat(json_extract(value, '$.name') || ', ' || ifnull(json_extract(value, '$.country'), '')
                             || ', ' || ifnull(json_extract(value, '$.role'), ''), '; ')
         FROM json_each(e.listing, '$.participants'))
        """

    /// The organisations from events.listing, joined by `separator`.
    static func organizations(separator: String) -> String {
        "(SELECT group_concat(value, '\(separator)') FROM json_each(e.listing, '$.organizations'))"
    }

    static let documents = """
        (SELECT group_concat(external_id, ';') FROM (SELECT d.external_id FROM sources s JOIN documents d ON d.id = s.document_id
         WHERE s.event_id = e.id ORDER BY d.published IS NULL, d.published, d.external_id))
        """

    static let order = "ORDER BY e.date_first IS NULL, e.date_first, e.id"

    /// `chancery meetings A B`: the table of meetings both took part in.
    static func meetings(_ first: String, _ second: String) -> String {
        """
        SELECT e.id, coalesce(e.date || coalesce('…' || e.end_date, ''), 'undated'), 'meeting', e.status, \(countries(separator: "–")),
               coalesce(e.location_name, ''),
               CASE e.mode WHEN 'phone' THEN 'phone call' WHEN 'video' THEN 'video call' ELSE 'meeting' END,
               \(participants)
        FROM event_country_pairs p CROSS JOIN events e ON e.id = p.event_id
        WHERE p.country = '\(first)' AND p.partner = '\(second)' AND e.type = 'meeting'
        \(order);
        """
    }

    /// `chancery agreements --since … --until …`: the table of signings in the range.
    static func agreements(since: String, until: String) -> String {
        """
        SELECT e.id, coalesce(e.date || coalesce('…' || e.end_date, ''), 'undated'), 'agreement', e.status, \(countries(separator: "–")),
               coalesce(e.location_name, ''),
               CASE e.instrument WHEN 'mou' THEN 'MoU' ELSE coalesce(e.instrument, 'agreement') END
                 || CASE WHEN e.count > 1 THEN ' ×' || e.count ELSE '' END || coalesce(': ' || e.title, ''),
               \(participants)
        FROM events e
        WHERE e.type = 'agreement' AND e.date_last >= '\(since)' AND e.date_first <= '\(until)'
          AND e.date_first >= date('\(since)', '-' || (SELECT ifnull(max(julianday(date_last) - julianday(date_first)), 0) FROM events) || ' days')
        ORDER BY e.date_first, e.id;
        """
    }

    /// `chancery timeline A --format csv`.
    static func timelineCSV(_ country: String) -> String {
        """
        .mode csv
        .headers on
        SELECT e.id, e.type, e.status, e.date AS date, e.end_date, \(countries(separator: ";")) AS countries,
               \(organizations(separator: ";")) AS organizations,
               e.location_name AS location, e.location_country, \(participants) AS participants, e.mode, e.instrument, e.count,
               e.title, e.body, e.ordinal, e.confidence, \(documents) AS documents
        FROM event_countries c0 JOIN events e ON e.id = c0.event_id
        WHERE c0.country = '\(country)'
        \(order);
        """
    }

    /// `chancery export --format jsonl`: every event as one JSON object, in id order.
    static let exportJSONL = """
        SELECT json_object(
          'id', e.id, 'type', e.type, 'status', e.status, 'date', e.date, 'end_date', e.end_date,
          'countries', json((SELECT json_group_array(country) FROM (SELECT country FROM event_countries WHERE event_id = e.id ORDER BY country))),
          'organizations', json((SELECT json_group_array(organization) FROM (SELECT organization FROM event_organizations WHERE event_id = e.id ORDER BY organization))),
          'location', json(CASE WHEN e.location_name IS NULL THEN NULL ELSE json_object('name', e.location_name, 'country', e.location_country) END),
          'participants', json((SELECT json_group_array(json_object('name', name, 'country', country, 'role', role))
                                FROM (SELECT name, country, role FROM participations WHERE event_id = e.id ORDER BY position))),
          'mode', e.mode, 'instrument', e.instrument, 'count', e.count, 'title', e.title, 'body', e.body, 'ordinal', e.ordinal,
          'confidence', e.confidence,
          'sources', json((SELECT json_group_array(json_object('document', external_id, 'url', url, 'evidence', evidence, 'start', start, 'end', "end"))
                           FROM (SELECT d.external_id, d.url, s.evidence, s.start, s."end" FROM sources s JOIN documents d ON d.id = s.document_id
                                 WHERE s.event_id = e.id ORDER BY d.published IS NULL, d.published, d.external_id))))
        FROM events e ORDER BY e.id;
        """
}
