/// The codes other event datasets give an event: CAMEO (the codebook of GDELT and ICEWS) and
/// PLOVER (its successor), so that an export can be joined to theirs.
///
/// This is the one place the mapping is written: exports read it, and the README's `codes` table
/// is checked against `InteropCodes.table` by a test. The codes are EVENTS.md's, by event type. The
/// only refinement is a meeting held by phone, which CAMEO codes 041 ("discuss by telephone"),
/// within the 040–046 the spec gives meetings; an in-person meeting stays at 040 because telling
/// a visit (042) from hosting one (043) or a third place (044) needs a direction events do not
/// have, and CAMEO has no code of its own for a video call nor one per kind of instrument.
public struct InteropCodes: Hashable, Sendable {
    /// A CAMEO event code, three digits kept as text ("040"): its leading zero is part of it.
    public let cameo: String
    /// A PLOVER event type: CONSULT, AGREE.
    public let plover: String

    public init(cameo: String, plover: String) {
        self.cameo = cameo
        self.plover = plover
    }

    /// The codes of an event of `type`, held in `mode` (a meeting) or signing `instrument` (an agreement).
    ///
    /// A meeting without a mode is in person, as EVENTS.md says; attributes of another type are ignored.
    public static func of(_ type: EventType, mode: MeetingMode? = nil, instrument: Instrument? = nil) -> InteropCodes {
        switch type {
        case .meeting:
            switch mode ?? .inPerson {
            case .phone: InteropCodes(cameo: "041", plover: "CONSULT")
            case .inPerson, .video: InteropCodes(cameo: "040", plover: "CONSULT")
            }
        case .agreement:
            InteropCodes(cameo: "057", plover: "AGREE")
        case .commissionSession:
            InteropCodes(cameo: "040", plover: "CONSULT")
        }
    }

    /// The codes of `event`, from its type, mode and instrument.
    public static func of(_ event: Event) -> InteropCodes {
        of(event.type, mode: event.mode, instrument: event.instrument)
    }

    /// One line of the codes table: a type, the mode or instrument that refines it (nil: the type
    /// as a whole), and its codes.
    public struct Entry: Hashable, Sendable {
        public let type: EventType
        /// The raw value of a mode (meetings) or instrument (agreements), or nil.
        public let refinement: String?
        public let codes: InteropCodes
    }

    /// Every type, then each of its modes or instruments, with their codes: what the README lists.
    public static var table: [Entry] {
        EventType.allCases.flatMap { type -> [Entry] in
            let refinements: [(String?, InteropCodes)]
            switch type {
            case .meeting:
                refinements = MeetingMode.allCases.map { ($0.rawValue, of(type, mode: $0)) }
            case .agreement:
                refinements = Instrument.allCases.map { ($0.rawValue, of(type, instrument: $0)) }
            case .commissionSession:
                refinements = []
            }
            return [Entry(type: type, refinement: nil, codes: of(type))]
                + refinements.map { Entry(type: type, refinement: $0.0, codes: $0.1) }
        }
    }
}
