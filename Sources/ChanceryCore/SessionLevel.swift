/// The rank of those who sit at a session of a joint body.
///
/// A joint commission usually meets first at the level of senior officials or experts, who prepare what the
/// ministers or heads of government then adopt at the session proper, days later. Both are sessions of the same
/// body with the same number, but two events; the extractor writes the level into the body's name
/// ("… على مستوى كبار الموظفين", "… au niveau des experts"), and this reads it back.
public enum SessionLevel: Sendable, Hashable {
    /// Ministers, heads of government or of state: the session proper.
    case principals
    /// Senior officials or experts preparing it.
    case officials

    /// Folded phrases that set a session at the officials' level, in Arabic, French and English.
    public static let officialsPhrases: [String] = [
        "علي مستوي كبار الموظفين", "علي مستوي كبار المسؤولين", "علي مستوي الخبراء", "علي مستوي المسؤولين",
        "au niveau des experts", "au niveau des hauts fonctionnaires", "au niveau des hauts responsables",
        "at the level of senior officials", "at the level of experts", "senior officials level", "senior officials' level",
        "expert level", "experts level", "expert-level", "senior officials meeting", "senior officials' meeting",
        // The meeting that prepares a session, as the extractor names it after the session's body ("… (réunion des
        // experts)").
        "(reunion des experts", "(reunion des hauts", "(meeting of experts", "(meeting of senior officials",
        "(a meeting of senior officials", "(a meeting of experts", "(اجتماع الخبراء", "(اجتماع كبار", "(اجتماعات كبار",
    ]

    /// The level a body's name as written states, `principals` when it states none.
    public init(body: String) {
        let folded = TextFolding.fold(body)
        self = Self.officialsPhrases.contains { folded.contains($0) } ? .officials : .principals
    }
}
