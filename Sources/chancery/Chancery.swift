import ArgumentParser
import ChanceryStore
import Glibc

@main
struct Chancery: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "chancery",
        abstract: "Read diplomatic events from news articles and answer questions about them.",
        discussion: """
            Chancery reads articles in Arabic, French and English, finds the meetings, agreement \
            signings and joint-commission sessions they report, and keeps them in one SQLite file.

            Example:
              chancery ingest articles/
              chancery meetings Morocco Russia
              chancery meetings المغرب روسيا --since 2025
            """,
        version: version,
        subcommands: [
            IngestCommand.self, MeetingsCommand.self, AgreementsCommand.self, TimelineCommand.self,
            ShowCommand.self, ExportCommand.self, RelationsCommand.self, ActorsCommand.self,
            ActorCommand.self, SearchCommand.self, StatsCommand.self, ReportCommand.self,
            DeleteCommand.self, EditCommand.self, SplitCommand.self, MergeCommand.self, HistoryCommand.self,
            UndoCommand.self, RebuildCommand.self,
        ]
    )

    /// Runs the command, turning Chancery's own errors into one `Error:` line and an exit status:
    /// 64 for a usage error (an unknown command among them, with the commands nearest it), 65 for
    /// bad input data, 1 for anything else.
    static func main() {
        FileSizeLimit.watch()
        do {
            var command = try UnknownCommand.parse(Array(CommandLine.arguments.dropFirst()))
            try command.run()
            Output.flush()
            if FileSizeLimit.wasReached {
                // A write past the limit that no error reported: standard output sent to a file, say.
                throw CLIError("a file reached \(FileSizeLimit.described), and what was written to it is cut short",
                               hint: "Raise the limit (ulimit -f unlimited) and run the command again.")
            }
        } catch let error as CLIError {
            Output.flush()
            Output.writeStandardError(error.rendered)
            Glibc.exit(error.exitCode)
        } catch let error as StoreError {
            Output.flush()
            let cliError = CLIError(storeError: error)
            Output.writeStandardError(cliError.rendered)
            Glibc.exit(cliError.exitCode)
        } catch {
            Output.flush()
            exit(withError: error)
        }
    }
}
