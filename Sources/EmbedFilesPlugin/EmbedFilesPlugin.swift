import Foundation
import PackagePlugin

/// Compiles data files into the target that uses it: `Migrations/*.sql` for the store, the
/// HTML report's `Assets/*.js` and `*.css` for the command-line tool, `Data/*.tsv` inside the
/// target's own folder for the others.
@main
struct EmbedFilesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let folder: URL
        let suffixes: [String]
        switch target.name {
        case "ChanceryStore":
            folder = context.package.directoryURL.appending(path: "Migrations")
            suffixes = [".sql"]
        case "chancery":
            folder = module.directoryURL.appending(path: "Assets")
            suffixes = [".js", ".css"]
        default:
            folder = module.directoryURL.appending(path: "Data")
            suffixes = [".tsv"]
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path(percentEncoded: false))) ?? []
        let inputs = names.filter { name in suffixes.contains { name.hasSuffix($0) } }.sorted().map { folder.appending(path: $0) }
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
