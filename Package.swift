// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Chancery",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "chancery", targets: ["chancery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system SQLite, reached through pkg-config; Debian ships it as libsqlite3-dev.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .target(name: "SQLiteDB", dependencies: ["CSQLite"]),
        .target(
            name: "ChanceryCore",
            exclude: ["Data"],
            plugins: ["EmbedFilesPlugin"]
        ),
        .target(
            name: "ChanceryIngest",
            dependencies: ["ChanceryCore"],
            exclude: ["Data"],
            plugins: ["EmbedFilesPlugin"]
        ),
        .target(
            name: "ChanceryStore",
            dependencies: ["ChanceryCore", "SQLiteDB"],
            plugins: ["EmbedFilesPlugin"]
        ),
        .executableTarget(
            name: "chancery",
            dependencies: [
                "ChanceryCore", "ChanceryIngest", "ChanceryStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The HTML report's script and style, compiled in by EmbedFilesPlugin.
            exclude: ["Assets"],
            plugins: ["EmbedFilesPlugin"]
        ),

        // `make bench`: measures chancery against the sqlite3 shell; not part of the product.
        .executableTarget(
            name: "chancery-bench",
            dependencies: ["ChanceryCore", "ChanceryIngest", "ChanceryStore"],
            path: "Sources/chancery-bench"
        ),

        // Build-time embedding of Migrations/*.sql, each target's Data/*.tsv and the report's Assets as Swift string literals,
        // so that `chancery` is one file that runs from anywhere.
        .executableTarget(name: "embed-files", path: "Sources/embed-files"),
        .plugin(
            name: "EmbedFilesPlugin",
            capability: .buildTool(),
            dependencies: ["embed-files"],
            path: "Sources/EmbedFilesPlugin"
        ),

        .testTarget(name: "SQLiteDBTests", dependencies: ["SQLiteDB"]),
        .testTarget(name: "ChanceryCoreTests", dependencies: ["ChanceryCore"]),
        .testTarget(name: "ChanceryIngestTests", dependencies: ["ChanceryIngest", "ChanceryCore"], exclude: ["Fixtures"]),
        .testTarget(name: "ChanceryStoreTests", dependencies: ["ChanceryStore", "ChanceryCore", "SQLiteDB"]),
        // Depends on the executable so that building the tests builds the binary they run.
        .testTarget(name: "ChanceryCLITests", dependencies: ["ChanceryCore", "ChanceryStore", "SQLiteDB", "chancery"],
                    exclude: ["Fixtures"]),
    ]
)
