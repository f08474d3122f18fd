import ChanceryCore

/// Events as tidy tables for R, pandas or a spreadsheet: one value per cell, every date with its
/// precision and the days it covers, the dyad's two states in columns of their own, CAMEO and
/// PLOVER codes. `export --format csv|tsv` writes them; the README lists the columns.
///
/// Three shapes: one row per event (`events`), one per event and country (`countries`), one per
/// event and participant (`participants`). The long shapes repeat the event's key columns (id,
/// dates, type, codes), so that each can be read alone or joined to the first by `id`.
enum TidyEventRenderer {
    enum Shape {
        case events, countries, participants
    }

    /// One row of the participants table.
    struct ParticipantRow {
        let event: Event
        /// 1 for the first named, in the order the event lists them.
        let position: Int
        let participant: Participant
    }

    /// The header of `shape`.
    static func header(_ shape: Shape) -> [String] {
        switch shape {
        case .events: eventColumns.map(\.name)
        case .countries: countryColumns.map(\.name)
        case .participants: participantColumns.map(\.name)
        }
    }

    /// The rows of `event` in `shape`: one for `events`, one per country or participant otherwise
    /// (none when it has none).
    static func rows(of event: Event, _ shape: Shape) -> [[String]] {
        switch shape {
        case .events:
            return [eventColumns.map { $0.value(event) }]
        case .countries:
            return event.countries.map { country in countryColumns.map { $0.value((event, country)) } }
        case .participants:
            return event.participants.enumerated().map { index, participant in
                let row = ParticipantRow(event: event, position: index + 1, participant: participant)
                return participantColumns.map { $0.value(row) }
            }
        }
    }

    /// Writes the header of `shape` as `text` at once, then the rows of each event `produce`
    /// hands over, as it comes: an export of any size holds one event at a time.
    /// With `corrected` (a base that holds corrections), the table of events ends with the fields a person corrected,
    /// joined by ";".
    static func render(_ shape: Shape, as text: DelimitedText, corrected: [Int64: [String]]? = nil,
                       _ produce: (_ each: (Event) -> Void) throws -> Void) rethrows {
        let marked = shape == .events ? corrected : nil
        Output.write { text.writeRow(header(shape) + (marked == nil ? [] : ["corrected"]), into: &$0) }
        try produce { event in
            Output.write { out in
                for row in rows(of: event, shape) {
                    text.writeRow(row + (marked.map { [($0[event.id ?? 0] ?? []).joined(separator: ";")] } ?? []), into: &out)
                }
            }
        }
    }

    // MARK: The columns

    /// What identifies an event and places it in time and in the codebooks: the first columns of every shape.
    static let keyColumns: [TextColumn<Event>] = [
        TextColumn("id") { $0.id.map(String.init) ?? "" },
        TextColumn("date") { $0.date?.description ?? "" },
        TextColumn("date_precision") { $0.date.map { precisionName($0.precision) } ?? "" },
        TextColumn("date_first") { $0.date?.firstDay ?? "" },
        TextColumn("date_last") { ($0.endDate ?? $0.date)?.lastDay ?? "" },
        TextColumn("end_date") { $0.endDate?.description ?? "" },
        TextColumn("status") { $0.status.rawValue },
        TextColumn("type") { $0.type.rawValue },
        TextColumn("cameo") { InteropCodes.of($0).cameo },
        TextColumn("plover") { InteropCodes.of($0).plover },
    ]

    static let eventColumns: [TextColumn<Event>] = keyColumns + [
        TextColumn("countries") { $0.countries.joined(separator: ";") },
        TextColumn("country_count") { String($0.countries.count) },
        TextColumn("country_1") { $0.countries.count == 2 ? $0.countries[0] : "" },
        TextColumn("country_2") { $0.countries.count == 2 ? $0.countries[1] : "" },
        TextColumn("organizations") { $0.organizations.joined(separator: ";") },
        TextColumn("place") { $0.location?.name ?? "" },
        TextColumn("place_country") { $0.location?.country ?? "" },
        TextColumn("mode") { $0.mode?.rawValue ?? "" },
        TextColumn("instrument") { $0.instrument?.rawValue ?? "" },
        TextColumn("count") { $0.count.map(String.init) ?? "" },
        TextColumn("title") { $0.title ?? "" },
        TextColumn("body") { $0.body ?? "" },
        TextColumn("ordinal") { $0.ordinal.map(String.init) ?? "" },
        TextColumn("participants") { EventRenderer.participantLabels($0.participants) },
        TextColumn("participant_count") { String($0.participants.count) },
        TextColumn("confidence") { JSONText.decimalText($0.confidence) },
        TextColumn("source_count") { String($0.sources.count) },
        TextColumn("documents") { $0.sources.map(\.document).joined(separator: ";") },
        // Sources come earliest published first: the first is the report the event's details
        // are taken from first.
        TextColumn("url") { $0.sources.first?.url ?? "" },
        TextColumn("published") { $0.sources.first?.published?.description ?? "" },
    ]

    static let countryColumns: [TextColumn<(Event, String)>] = keyColumns.map { key in
        TextColumn(key.name) { key.value($0.0) }
    } + [
        TextColumn("country") { $0.1 },
        TextColumn("partners") { row in row.0.countries.filter { $0 != row.1 }.joined(separator: ";") },
    ]

    static let participantColumns: [TextColumn<ParticipantRow>] = keyColumns.map { key in
        TextColumn(key.name) { key.value($0.event) }
    } + [
        TextColumn("position") { String($0.position) },
        TextColumn("name") { $0.participant.name },
        TextColumn("country") { $0.participant.country ?? "" },
        TextColumn("role") { $0.participant.role ?? "" },
    ]

    static func precisionName(_ precision: PartialDate.Precision) -> String {
        switch precision {
        case .day: "day"
        case .month: "month"
        case .year: "year"
        }
    }
}
