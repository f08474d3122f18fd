/// A person taking part in an event, as the document names them.
public struct Participant: Hashable, Sendable, Codable {
    /// The name as first fully written in the document.
    public var name: String
    /// ISO 3166-1 alpha-2 code of the state they represent (or an organisation code).
    public var country: String?
    /// Lower-case English role from the role list: "foreign minister", "king", …
    public var role: String?

    public init(name: String, country: String? = nil, role: String? = nil) {
        self.name = name
        self.country = country
        self.role = role
    }
}

/// Where an event took place: an English place name and its country.
public struct Location: Hashable, Sendable, Codable {
    public var name: String
    public var country: String?

    public init(name: String, country: String? = nil) {
        self.name = name
        self.country = country
    }
}

/// The passage of a document that reports an event, with its offsets in Unicode scalars.
public struct Evidence: Hashable, Sendable, Codable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// A document an event was read from, and the passage that reports it.
public struct Source: Hashable, Sendable {
    /// The caller's id of the document.
    public var document: String
    public var url: String?
    public var title: String?
    public var published: PartialDate?
    public var evidence: Evidence

    public init(document: String, url: String? = nil, title: String? = nil, published: PartialDate? = nil, evidence: Evidence) {
        self.document = document
        self.url = url
        self.title = title
        self.published = published
        self.evidence = evidence
    }
}

/// One diplomatic event: a meeting, an agreement signing or a commission session.
///
/// Extraction produces events without `id` and with `evidence`; the store gives them an id
/// and one source per document that reports them.
public struct Event: Hashable, Sendable {
    public var id: Int64?
    public var type: EventType
    public var status: EventStatus
    public var date: PartialDate?
    public var endDate: PartialDate?
    /// ISO alpha-2 codes, sorted.
    public var countries: [String]
    /// Organisation codes (UN, EU, AU…), sorted.
    public var organizations: [String]
    public var location: Location?
    public var participants: [Participant]
    public var mode: MeetingMode?
    public var instrument: Instrument?
    public var count: Int?
    public var title: String?
    public var body: String?
    public var ordinal: Int?
    /// How sure the extractor is, from 0 to 1.
    public var confidence: Double
    /// The passage that reports it, as found by extraction.
    public var evidence: Evidence?
    /// Every document that reports it, as stored.
    public var sources: [Source]

    public init(
        id: Int64? = nil,
        type: EventType,
        status: EventStatus = .occurred,
        date: PartialDate? = nil,
        endDate: PartialDate? = nil,
        countries: [String] = [],
        organizations: [String] = [],
        location: Location? = nil,
        participants: [Participant] = [],
        mode: MeetingMode? = nil,
        instrument: Instrument? = nil,
        count: Int? = nil,
        title: String? = nil,
        body: String? = nil,
        ordinal: Int? = nil,
        confidence: Double = 0.5,
        evidence: Evidence? = nil,
        sources: [Source] = []
    ) {
        self.id = id
        self.type = type
        self.status = status
        self.date = date
        self.endDate = endDate
        self.countries = Array(Set(countries)).sorted()
        self.organizations = Array(Set(organizations)).sorted()
        self.location = location
        self.participants = participants
        self.mode = mode
        self.instrument = instrument
        self.count = count
        self.title = title
        self.body = body
        self.ordinal = ordinal
        self.confidence = confidence
        self.evidence = evidence
        self.sources = sources
    }
}
