/// A news article to read events from.
public struct Document: Hashable, Sendable {
    /// The caller's identifier; it comes back unchanged in every source of every event.
    public var id: String?
    /// "ar", "fr" or "en"; detected from the text when not given.
    public var language: String?
    public var url: String?
    public var title: String?
    /// The day the article was published, against which "today" and "on Thursday" resolve.
    public var published: PartialDate?
    public var text: String

    public init(id: String? = nil, language: String? = nil, url: String? = nil, title: String? = nil,
                published: PartialDate? = nil, text: String) {
        self.id = id
        self.language = language
        self.url = url
        self.title = title
        self.published = published
        self.text = text
    }
}
