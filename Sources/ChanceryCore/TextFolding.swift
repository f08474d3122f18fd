/// Folds text for matching: lower case, Latin accents removed, Arabic harakat and tatweel
/// removed, alef forms unified, ta marbuta and alef maqsura folded, Arabic-Indic and Persian
/// digits mapped to ASCII, presentation forms decomposed (NFKC).
///
/// `FoldedText` keeps, for each folded scalar, the offset of the original scalar it came from,
/// so that a match in folded text can be reported against the document as written.
public struct FoldedText: Sendable {
    /// The folded scalars.
    public let scalars: [Unicode.Scalar]
    /// `origins[i]` is the offset, in Unicode scalars of the original text, of `scalars[i]`.
    public let origins: [Int]
    /// How many scalars the original text has.
    public let originalLength: Int

    public init(_ text: String) {
        var unused: [Unicode.Scalar] = []
        self.init(text, original: &unused, keepingOriginal: false)
    }

    /// Folds `text` and collects its scalars as written into `original` in the same pass, for a caller that needs
    /// both: `Array(text.unicodeScalars)` would walk the text twice more, once to count the scalars and once to copy.
    public init(_ text: String, original: inout [Unicode.Scalar]) {
        self.init(text, original: &original, keepingOriginal: true)
    }

    private init(_ text: String, original: inout [Unicode.Scalar], keepingOriginal: Bool) {
        var text = text
        // The UTF-8 length bounds the scalar count of the text as written, and nearly always of the folded text too;
        // the few scalars that fold to more (ﷺ gives eighteen) may overflow it, and the text is then folded again
        // with more room.
        var capacity = text.utf8.count
        while true {
            let attempt = text.withUTF8 { Self.fold(utf8: $0, capacity: capacity, keepingOriginal: keepingOriginal) }
            if let attempt {
                self.scalars = attempt.scalars
                self.origins = attempt.origins
                self.originalLength = attempt.originalLength
                if keepingOriginal {
                    if original.isEmpty { original = attempt.original } else { original.append(contentsOf: attempt.original) }
                }
                return
            }
            capacity *= 2
        }
    }

    /// Folds the scalars of `utf8` into buffers of `capacity` scalars; nil when the folded text does not fit.
    ///
    /// Decodes the bytes and writes the three arrays through pointers: iterating `unicodeScalars` and appending to
    /// the arrays checked the storage's uniqueness and capacity at every scalar, several times the cost of folding it.
    private static func fold(utf8: UnsafeBufferPointer<UInt8>, capacity: Int, keepingOriginal: Bool)
        -> (scalars: [Unicode.Scalar], origins: [Int], original: [Unicode.Scalar], originalLength: Int)? {
        var overflowed = false
        var origins: [Int] = []
        var original: [Unicode.Scalar] = []
        var originalLength = 0
        var foldedTotal = 0
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { foldedBuffer, foldedCount in
            origins = [Int](unsafeUninitializedCapacity: capacity) { originBuffer, originCount in
                original = [Unicode.Scalar](unsafeUninitializedCapacity: keepingOriginal ? utf8.count : 0) { originalBuffer, originalCount in
                    var count = 0
                    var offset = 0
                    var index = 0
                    let end = utf8.count
                    TextFolding.singleFolds.withUnsafeBufferPointer { singleFolds in
                        while index < end {
                            let lead = UInt32(utf8[index])
                            let value: UInt32
                            // A `String` holds valid UTF-8, so the lead byte alone tells the length of the sequence.
                            if lead < 0x80 {
                                value = lead
                                index += 1
                            } else if lead < 0xE0 {
                                value = (lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                                index += 2
                            } else if lead < 0xF0 {
                                value = (lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                                index += 3
                            } else {
                                value = (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                                    | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
                                index += 4
                            }
                            // Decoded from valid UTF-8: a scalar value, never a surrogate.
                            let scalar = unsafeBitCast(value, to: Unicode.Scalar.self)
                            if keepingOriginal { originalBuffer[offset] = scalar }
                            let single = value < TextFolding.singleFoldLimit ? singleFolds[Int(value)] : TextFolding.foldsToSeveral
                            if single < TextFolding.foldsToNothing {
                                // Nearly every scalar of a text (ASCII, Latin letters, Arabic letters) folds to one.
                                guard count < capacity else {
                                    overflowed = true
                                    break
                                }
                                foldedBuffer[count] = unsafeBitCast(single, to: Unicode.Scalar.self)
                                originBuffer[count] = offset
                                count += 1
                            } else if single == TextFolding.foldsToSeveral {
                                TextFolding.fold(scalar) { folded in
                                    guard count < capacity else {
                                        overflowed = true
                                        return
                                    }
                                    foldedBuffer[count] = folded
                                    originBuffer[count] = offset
                                    count += 1
                                }
                            }
                            offset += 1
                        }
                    }
                    originalCount = keepingOriginal ? offset : 0
                    originalLength = offset
                    foldedTotal = count
                }
                originCount = foldedTotal
            }
            foldedCount = foldedTotal
        }
        return overflowed ? nil : (scalars, origins, original, originalLength)
    }

    public var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The original offsets `[start, end)` covered by folded scalars `range`.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < origins.count ? origins[range.lowerBound] : originalLength
            return at..<at
        }
        let end = range.upperBound < origins.count ? origins[range.upperBound] : originalLength
        return origins[range.lowerBound]..<max(end, origins[range.upperBound - 1] + 1)
    }
}

public enum TextFolding {
    /// `singleFolds` covers the scalars below this one: Latin, Greek, Cyrillic, Hebrew and Arabic.
    static let singleFoldLimit: UInt32 = 0x0700
    /// In `singleFolds`: the scalar folds to none (a mark, a direction mark, tatweel).
    static let foldsToNothing: UInt32 = 0xFFFF_FFFE
    /// In `singleFolds`: the scalar folds to several (œ → oe) or is left to `fold` for another reason.
    static let foldsToSeveral: UInt32 = 0xFFFF_FFFF

    /// `singleFolds[v]`: the one scalar value `fold` gives for the scalar of value `v`, or `foldsToNothing` or
    /// `foldsToSeveral`. Made by calling `fold` on each scalar, so it cannot disagree with it; a look-up replaces the
    /// switch over ranges and Latin letters that `FoldedText` went through at every accented letter and ة.
    static let singleFolds: [UInt32] = (0..<singleFoldLimit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return foldsToSeveral }
        var folded: [UInt32] = []
        fold(scalar) { folded.append($0.value) }
        switch folded.count {
        case 0: return foldsToNothing
        case 1: return folded[0]
        default: return foldsToSeveral
        }
    }

    /// The NFKC form of each presentation and full-width form that has another, from `Data/presentation-forms.tsv`.
    /// Foundation's NFKC did this before, but only the whole of Foundation has it; the table is read the first time
    /// a text holds such a form, so that start-up never pays for it.
    static let presentationForms: [UInt32: [Unicode.Scalar]] = {
        var forms: [UInt32: [Unicode.Scalar]] = [:]
        for line in (EmbeddedFiles.text(named: "presentation-forms.tsv") ?? "").split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let value = UInt32(fields[0], radix: 16) else { continue }
            forms[value] = fields[1].split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
        }
        return forms
    }()

    /// The folded form of `text`, for comparing names and words.
    public static func fold(_ text: String) -> String {
        // Encoding to UTF-8 bytes and decoding once is cheaper than appending to a `String.UnicodeScalarView`.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 32) : UInt8(value))
            } else {
                fold(scalar) { folded in UTF8.encode(folded) { bytes.append($0) } }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The folded form of one scalar: none (a mark dropped), one, or a few (œ → oe, ﻻ → لا).
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar, into emit: (Unicode.Scalar) -> Void) {
        let value = scalar.value
        switch value {
        case 0x41...0x5A:  // A-Z
            emit(Unicode.Scalar(value + 32)!)
        case 0...0x7F:
            emit(scalar)
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:  // no-break and typographic spaces
            emit(" ")
        case 0x200B...0x200F, 0x2066...0x2069, 0x202A...0x202E, 0xFEFF, 0x00AD:  // zero-width, direction marks
            return
        case 0x2018, 0x2019, 0x201B, 0x2032, 0x00B4, 0x02BC:
            emit("'")
        case 0x201C, 0x201D, 0x00AB, 0x00BB:
            emit("\"")
        case 0x2010...0x2015, 0x2212:
            emit("-")
        case 0x00C0...0x00FF, 0x0100...0x017F:
            foldLatin(scalar, into: emit)
        // Arabic
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0610...0x061A:  // harakat, Quranic marks
            return
        case 0x0640:  // tatweel
            return
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:  // آ أ إ ٱ → ا
            emit("\u{0627}")
        case 0x0629:  // ة → ه
            emit("\u{0647}")
        case 0x0649:  // ى → ي
            emit("\u{064A}")
        case 0x0624:  // ؤ → و
            emit("\u{0648}")
        case 0x0626:  // ئ → ي
            emit("\u{064A}")
        case 0x06CC:  // Persian yeh → ي
            emit("\u{064A}")
        case 0x06A9:  // Persian kaf → ك
            emit("\u{0643}")
        case 0x0660...0x0669:  // Arabic-Indic digits
            emit(Unicode.Scalar(value - 0x0660 + 0x30)!)
        case 0x0621...0x064A:  // the other Arabic letters: neither cased nor marks
            emit(scalar)
        case 0x06F0...0x06F9:  // Persian digits
            emit(Unicode.Scalar(value - 0x06F0 + 0x30)!)
        case 0x060C:  // Arabic comma
            emit(",")
        case 0x061B:
            emit(";")
        case 0x061F:
            emit("?")
        case 0xFB50...0xFDFF, 0xFE70...0xFEFF, 0xFF00...0xFFEF:  // presentation and full-width forms
            for part in presentationForms[value] ?? [] {
                fold(part, into: emit)
            }
        default:
            if scalar.properties.isUppercase {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { emit(lower) }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                return
            } else {
                emit(scalar)
            }
        }
    }

    private static func foldLatin(_ scalar: Unicode.Scalar, into emit: (Unicode.Scalar) -> Void) {
        switch scalar {
        case "À", "Á", "Â", "Ã", "Ä", "Å", "à", "á", "â", "ã", "ä", "å", "Ā", "ā", "Ă", "ă", "Ą", "ą": emit("a")
        case "Ç", "ç", "Ć", "ć", "Č", "č": emit("c")
        case "È", "É", "Ê", "Ë", "è", "é", "ê", "ë", "Ē", "ē", "Ė", "ė", "Ę", "ę", "Ě", "ě": emit("e")
        case "Ì", "Í", "Î", "Ï", "ì", "í", "î", "ï", "Ī", "ī", "İ", "ı": emit("i")
        case "Ñ", "ñ", "Ń", "ń", "Ň", "ň": emit("n")
        case "Ò", "Ó", "Ô", "Õ", "Ö", "Ø", "ò", "ó", "ô", "õ", "ö", "ø", "Ō", "ō", "Ő", "ő": emit("o")
        case "Ù", "Ú", "Û", "Ü", "ù", "ú", "û", "ü", "Ū", "ū", "Ů", "ů", "Ű", "ű": emit("u")
        case "Ý", "ý", "ÿ", "Ÿ": emit("y")
        case "Š", "š", "Ş", "ş", "Ś", "ś": emit("s")
        case "Ž", "ž", "Ź", "ź", "Ż", "ż": emit("z")
        case "Ğ", "ğ": emit("g")
        case "Ł", "ł": emit("l")
        case "Ř", "ř": emit("r")
        case "Ť", "ť", "Ţ", "ţ": emit("t")
        case "Ď", "ď", "Đ", "đ": emit("d")
        case "Œ", "œ": emit("o"); emit("e")
        case "Æ", "æ": emit("a"); emit("e")
        case "ß": emit("s"); emit("s")
        default:
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { emit(lower) }
        }
    }
}
