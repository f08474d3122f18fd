import ChanceryIngest
import ChanceryStore

/// What a base needs before documents are read into it.
enum KnowledgeBasePreparation {
    /// Reference tables filled from the compiled-in catalog, and the curated officials' names in
    /// every script, so that an Arabic and a French report of one person resolve to one actor;
    /// registered once per database, and again when the list changes.
    static func prepare(_ store: Store) throws {
        try store.prepareForIngest()
        try store.register(list: "officials", checksum: KnownOfficials.checksum) {
            KnownOfficials.all.map {
                KnownActor(names: $0.names, country: $0.country, role: $0.role, start: $0.start, end: $0.end)
            }
        }
    }
}
