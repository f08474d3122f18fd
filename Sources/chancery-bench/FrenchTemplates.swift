/// French sentence templates, written for this benchmark.
struct FrenchTemplates: SentenceTemplates {
    private static let instruments = [
        ("un mémorandum d'entente", "mémorandums d'entente"), ("un accord", "accords"), ("un traité", "traités"),
        ("une convention", "conventions"), ("un protocole d'accord", "protocoles d'accord"),
        ("une déclaration commune", "déclarations communes"), ("un programme exécutif", "programmes exécutifs"),
    ]
    private static let counts = ["un", "deux", "trois"]

    func lead(_ story: Story, date: String, variant: Int) -> String {
        let (a, b) = (story.first, story.second)
        let (p, q) = (story.firstPerson, story.secondPerson)
        switch story.lead {
        case .meeting:
            switch variant % 3 {
            case 0: return "Le \(p.office.french) \(a.frenchMasculine), \(p.latin), s'est entretenu \(date) à \(story.city.french) avec son homologue \(b.frenchMasculine), \(q.latin)."
            case 1: return "\(p.latin), \(p.office.french) \(a.frenchMasculine), a reçu \(date) à \(story.city.french) le \(q.office.french) \(b.frenchMasculine), \(q.latin)."
            default: return "Des entretiens \(Self.pair(a, b)) se sont tenus \(date) à \(story.city.french) entre \(p.latin) et \(q.latin)."
            }
        case .phoneCall:
            return "Un entretien téléphonique a eu lieu \(date) entre \(p.latin), \(p.office.french) \(a.frenchMasculine), et son homologue \(b.frenchMasculine), \(q.latin)."
        case .videoCall:
            return "\(p.latin) et son homologue \(b.frenchMasculine) \(q.latin) se sont entretenus par visioconférence \(date)."
        case .plannedMeeting:
            return "Le \(p.office.french) \(a.frenchMasculine), \(p.latin), se rendra à \(story.city.french) \(date), où il doit rencontrer son homologue \(b.frenchMasculine), \(q.latin)."
        case .agreement:
            return signing(story, date: date, variant: variant)
        case .commissionSession:
            return "La \(story.ordinal)e session de la commission mixte \(Self.pair(a, b, feminine: true)) s'est tenue \(date) à \(story.city.french), sous la coprésidence de \(p.latin) et de \(q.latin)."
        case .plannedSession:
            return "La \(story.ordinal)e session de la grande commission mixte entre \(a.french) et \(b.french) se tiendra \(date) à \(story.city.french), sous la présidence de \(p.latin) et de \(q.latin)."
        }
    }

    func signing(_ story: Story, date: String, variant: Int) -> String {
        let instrument = Self.instruments[story.instrumentIndex]
        let count = story.instrumentCount
        let what = count == 1 ? instrument.0 : "\(Self.counts[count - 1]) \(instrument.1)"
        if variant % 2 == 0 {
            return "\(story.first.french.capitalizedFirst) et \(story.second.french) ont signé \(date) à \(story.city.french) \(what) dans le domaine \(story.field.french), en présence de \(story.firstPerson.latin) et de \(story.secondPerson.latin)."
        }
        return "\(story.firstPerson.latin) et son homologue \(story.second.frenchMasculine), \(story.secondPerson.latin), ont signé \(date) \(what) dans le domaine \(story.field.french)."
    }

    func background(_ story: Story, year: String) -> String {
        "Les deux pays avaient signé un premier accord dans le domaine \(story.field.french) \(year), a-t-on rappelé."
    }

    func filler(_ story: Story, variant: Int, number: Int) -> String {
        switch variant % 6 {
        case 0: return "Les deux parties ont passé en revue l'état de la coopération bilatérale dans le domaine \(story.field.french)."
        case 1: return "Les échanges commerciaux entre les deux pays ont atteint \(number) milliards de dollars l'an passé, selon les chiffres officiels."
        case 2: return "Les deux responsables ont également échangé leurs points de vue sur les questions régionales et internationales d'intérêt commun."
        case 3: return "\(story.firstPerson.latin) a salué la qualité des relations qui unissent \(story.first.french) et \(story.second.french)."
        case 4: return "Une conférence de presse conjointe a suivi, au cours de laquelle les deux parties ont salué le niveau de coordination."
        default: return "Des chefs d'entreprise des deux pays accompagnaient les délégations, et \(number) sociétés ont pris part à un forum sur l'investissement."
        }
    }

    func title(_ story: Story) -> String {
        "\(story.firstPerson.latin) et \(story.secondPerson.latin) à \(story.city.french) : coopération \(Self.pair(story.first, story.second, feminine: true))"
    }

    func dateline(_ story: Story, published: String) -> String {
        "\(story.city.french), \(published) –"
    }

    /// "maroco-russes" when the first state has a combining form, else "entre le Maroc et la Russie".
    private static func pair(_ a: Nation, _ b: Nation, feminine: Bool = false) -> String {
        guard let prefix = a.frenchPrefix else { return "entre \(a.french) et \(b.french)" }
        return "\(prefix)-\(feminine ? b.frenchFeminine : b.frenchMasculine)"
    }
}
