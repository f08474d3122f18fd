/// A MinHash signature of a text's word shingles, and its bands for locality-sensitive hashing.
///
/// Each of the signature's `bands × rows` values is the least of the shingles' hashes under one
/// permutation of 64-bit values; two texts agree on a value with a probability equal to their
/// resemblance (the Jaccard index of their shingles, see `WordShingles`). The values are cut into
/// `bands` bands of `rows`, each hashed to one number: two texts sharing a band are candidates,
/// which happens with probability 1 − (1 − J^rows)^bands, 0.9999 for J = 0.6, 0.995 for J = 0.5,
/// 0.04 for J = 0.1. Candidates are then compared exactly.
///
/// Complexity: O(n × bands × rows) in the number of shingles.
public struct MinHash: Sendable, Equatable {
    public static let bands = 40
    public static let rows = 3

    /// The signature: for each permutation, the least hash of a shingle under it.
    public let values: [UInt64]

    public init(_ shingles: WordShingles) {
        var least = [UInt64](repeating: .max, count: Self.bands * Self.rows)
        Self.seeds.withUnsafeBufferPointer { seeds in
            least.withUnsafeMutableBufferPointer { least in
                for shingle in shingles.hashes {
                    for index in 0..<seeds.count {
                        let value = WordShingles.mix(shingle ^ seeds[index])
                        if value < least[index] { least[index] = value }
                    }
                }
            }
        }
        values = shingles.hashes.isEmpty ? [] : least
    }

    /// One number per band (its index and its values hashed together), none for a text of no word.
    public var bandHashes: [Int64] {
        guard !values.isEmpty else { return [] }
        return (0..<Self.bands).map { band in
            var hash = WordShingles.mix(UInt64(band) &* 0xD6E8_FEB8_6659_FD93)
            for value in values[(band * Self.rows)..<((band + 1) * Self.rows)] {
                hash = WordShingles.mix(hash ^ value)
            }
            return Int64(bitPattern: hash)
        }
    }

    /// The share of values two signatures agree on: an estimate of their texts' resemblance.
    public func estimatedResemblance(to other: MinHash) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        return Double(zip(values, other.values).filter { $0 == $1 }.count) / Double(values.count)
    }

    /// The permutations' seeds: a fixed sequence, so that a signature means the same in every base.
    static let seeds: [UInt64] = (0..<(bands * rows)).map { WordShingles.mix(0x5851_F42D_4C95_7F2D &* UInt64($0 + 1)) }
}
