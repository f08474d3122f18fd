import ArgumentParser
@testable import chancery
import ChanceryCore
import Testing

/// A listing's plain command line is read without ArgumentParser; whatever it reads must be what
/// ArgumentParser reads, and whatever ArgumentParser refuses it must leave to ArgumentParser.
@Suite struct QuickListingTests {
    /// The request ArgumentParser makes of `arguments`, or nil when it refuses them or they ask for something else.
    static func parsedByArgumentParser(_ arguments: [String]) -> ListingRequest? {
        (try? Chancery.parseAsRoot(arguments) as? any ListingCommand)?.request
    }

    @Test(arguments: [
        ["meetings", "MA", "RU"],
        ["meetings", "Maroc", "Russie", "--since", "2025", "--until", "2025-06", "--mode", "phone", "--status", "occurred"],
        ["meetings", "--db", "kb.sqlite", "المغرب", "روسيا", "--format", "csv", "--limit", "5"],
        ["meetings", "--since=2024-02-29", "Morocco", "--format=jsonl", "Saudi Arabia"],
        ["agreements"],
        ["agreements", "--db", "/tmp/kb.sqlite", "--since", "2020-01-01", "--until", "2020-12-31"],
        ["agreements", "--country", "Senegal", "--country", "MA", "--instrument", "mou", "--status", "planned"],
        ["agreements", "--format", "json", "--limit", "1", "--until", "2019"],
        ["timeline"],
        ["timeline", "MA"],
        ["timeline", "Maroc", "Russie", "Chine", "--type", "agreement", "--type", "commission_session"],
        ["timeline", "--mode", "video", "--instrument", "treaty", "--format", "table", "--since", "2025-03"],
        ["timeline", "MA", "--wide"],
        ["meetings", "--wide", "MA", "RU", "--limit", "2"],
    ])
    func readsWhatArgumentParserReads(arguments: [String]) throws {
        let quick = try #require(ListingRequest(quickParsing: arguments), "a plain listing is read without ArgumentParser")
        let parsed = try #require(Self.parsedByArgumentParser(arguments), "ArgumentParser reads \(arguments)")
        #expect(quick == parsed)
    }

    @Test(arguments: [
        ["meetings", "MA"],                                  // one country of two
        ["meetings", "MA", "RU", "FR"],
        ["agreements", "MA"],                                // countries go in --country
        ["agreements", "--mode", "phone"],                   // meetings only
        ["meetings", "MA", "RU", "--instrument", "mou"],     // agreements only
        ["meetings", "MA", "RU", "--country", "FR"],
        ["agreements", "--type", "meeting"],                 // timeline only
        ["agreements", "--since", "2020-13"],                // not a date
        ["agreements", "--since", "2021", "--until", "2020"],
        ["agreements", "--limit", "0"],
        ["agreements", "--limit", "many"],
        ["agreements", "--format", "xml"],
        ["agreements", "--status", "Occurred"],
        ["timeline", "--type", "summit"],
        ["agreements", "--since"],                           // a value missing
        ["agreements", "--since", "--until", "2020"],
        ["agreements", "--colour", "red"],                   // no such option
        ["meetings", "MA", "RU", "-h"],
        ["meetings", "MA", "RU", "--help"],
        ["agreements", "--version"],
        ["help", "agreements"],
        ["--db", "kb.sqlite", "agreements"],
        ["Meetings", "MA", "RU"],
    ])
    func leavesToArgumentParserWhatItRefuses(arguments: [String]) {
        #expect(Self.parsedByArgumentParser(arguments) == nil, "ArgumentParser refuses \(arguments), or shows help")
        #expect(ListingRequest(quickParsing: arguments) == nil)
    }

    /// Forms ArgumentParser reads, and that the quick reader leaves to it rather than
    /// second-guess: a value that starts with a dash, `--`, an empty argument, an option given twice.
    @Test(arguments: [
        ["timeline", "--", "MA"],
        ["meetings", "MA", "", "--since", "2020"],
        ["agreements", "--since", "2020", "--since", "2021"],
        ["agreements", "--db", "-odd-name.sqlite"],
        ["timeline", "--wide", "--wide"],
    ])
    func leavesRarerFormsToArgumentParser(arguments: [String]) {
        #expect(ListingRequest(quickParsing: arguments) == nil)
    }

    @Test func everyOptionOfTheListingsIsOneArgumentParserKnows() throws {
        // An option the quick reader accepts and ArgumentParser does not would make a
        // command line work only by chance; each is tried on the command that has it.
        let values = [
            "db": "kb.sqlite", "since": "2020", "until": "2021", "format": "csv", "limit": "3",
            "status": "occurred", "mode": "phone", "instrument": "mou", "country": "MA", "type": "meeting",
        ]
        let leading: [ListingRequest.Command: [String]] = [.meetings: ["MA", "RU"], .agreements: [], .timeline: []]
        var accepted = 0
        for command in ListingRequest.Command.allCases {
            for (option, value) in values {
                let arguments = [command.rawValue] + leading[command]! + ["--\(option)", value]
                guard let quick = ListingRequest(quickParsing: arguments) else { continue }
                accepted += 1
                #expect(quick == Self.parsedByArgumentParser(arguments), "\(arguments)")
            }
        }
        #expect(accepted == 24)
    }
}
