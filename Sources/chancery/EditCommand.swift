import ArgumentParser
import ChanceryCore
import ChanceryIngest
import ChanceryStore

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Set an event's date, status, countries or place by hand.",
        discussion: """
            A date is given at the precision known: 2025, 2025-10 or 2025-10-16. A country is an \
            ISO code or a name in Arabic, French or English, +CODE to add it and -CODE to take it \
            away. The edit stays when documents are read again or report the event again.

            Example:
              chancery edit 17 --date 2025-10-16 --status occurred
              chancery edit 17 --country +MA --country -US --place Rabat
              chancery edit 17 --country +المغرب --country=-Russie
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The event's id, as the listing commands print it.") var id: Int64
    @Option(name: .long, help: ArgumentHelp("The date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date")) var date: PartialDate?
    @Option(name: .customLong("end-date"), help: ArgumentHelp("The last day of an event of several days.", valueName: "date"))
    var endDate: PartialDate?
    @Option(name: .long, help: "occurred or planned.") var status: EventStatus?
    // Taken whatever it looks like, so that `--country -US` takes US away rather than read -US as an option.
    @Option(name: .long, parsing: .unconditionalSingleValue,
            help: ArgumentHelp("+COUNTRY adds a party, -COUNTRY takes one away (repeatable).", valueName: "±country"))
    var country: [String] = []
    @Option(name: .long, help: ArgumentHelp("Where it took place, a city in any script (Rabat, الرباط).", valueName: "place"))
    var place: String?
    @Option(name: .customLong("place-country"), help: ArgumentHelp("The country of a place Chancery does not know.", valueName: "country"))
    var placeCountry: String?
    @OptionGroup var correction: CorrectionOptions

    func validate() throws {
        if date == nil, endDate == nil, status == nil, country.isEmpty, place == nil {
            throw ValidationError("Say what to set: --date, --end-date, --status, --country or --place.")
        }
        if placeCountry != nil, place == nil { throw ValidationError("--place-country goes with --place.") }
        if place?.trimmingWhitespace().isEmpty == true { throw ValidationError("--place needs a name.") }
    }

    func run() throws {
        var edit = EventEdit(date: date, endDate: endDate, status: status)
        for text in country {
            var name = Substring(text)
            var adding = true
            if let sign = name.first, sign == "+" || sign == "-" || sign == "\u{2212}" {
                adding = sign == "+"
                name = name.dropFirst()
            }
            let code = try CountryArgument.resolve(String(name))
            if adding { edit.addedCountries.append(code) } else { edit.removedCountries.append(code) }
        }
        if let place {
            var location = PlaceNames.location(named: place) ?? Location(name: place.trimmingWhitespace())
            if let placeCountry { location.country = try CountryArgument.resolve(placeCountry) }
            edit.location = location
        }
        let store = try database.openExistingForWriting()
        guard try store.event(id: id) != nil else { throw CLIError(storeError: .noSuchEvent(id)) }
        guard let made = try store.edit(event: id, edit, by: correction.author) else {
            Output.line("Event \(id) already says so; nothing changed.")
            return
        }
        Output.displayLine("Event \(id): " + made.changes.map(CorrectionText.change).joined(separator: "; ") + ".")
        Output.displayLine(CorrectionText.recorded(made))
    }
}
