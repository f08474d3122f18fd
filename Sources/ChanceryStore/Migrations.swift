import SQLiteDB

/// The schema's migrations, compiled from `Migrations/NNNN_name.sql` into the binary.
public enum SchemaMigrations {
    public static var all: [Migrator.Migration] {
        EmbeddedFiles.files.compactMap { Migrator.Migration(fileName: $0.name, sql: $0.text) }
    }

    /// The file names compiled in, for checking the binary against the folder.
    public static var fileNames: [String] { EmbeddedFiles.files.map(\.name) }
}
