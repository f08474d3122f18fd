import Foundation
import PackagePlugin

/// Compiles data files into the target that uses it: `Migrations/*.sql` for the store,
/// `Data/*.tsv` inside the target's own folder for the others.
@main
struct EmbedFilesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let folder: URL
        let suffix: String
        if target.name == "ChanceryStore" {
            folder = context.package.directoryURL.appending(path: "Migrations")
            suffix = ".sql"
        } else {
            folder = module.directoryURL.appending(path: "Data")
            suffix = ".tsv"
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path(percentEncoded: false))) ?? []
        let inputs = names.filter { $0.hasSuffix(suffix) }.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) data file(s) into \(target.name)",
                executable: try context.tool(named: "embed-files").url,
                arguments: [output.path(percentEncoded: false)] + inputs.map { $0.path(percentEncoded: false) },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
