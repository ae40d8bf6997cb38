/// The fixed facts of one QR Code version (ISO/IEC 18004:2015 tables 1, 7, 9 and annex E).
/// Every version's values are in `QRTables.swift`, generated from the standard's tables.
struct QRVersionSpec: Sendable {
    let version: Int
    /// Modules per side: 17 + 4 × version.
    let size: Int
    /// Data and error-correction codewords together (table 1).
    let totalCodewords: Int
    /// Light bits after the last codeword that fill the encoding region (table 1).
    let remainderBits: Int
    /// Row and column coordinates of alignment-pattern centres (annex E, table E.1).
    let alignmentCenters: [Int]
    let l: QRBlockLayout
    let m: QRBlockLayout
    let q: QRBlockLayout
    let h: QRBlockLayout

    func layout(_ level: QRErrorCorrection) -> QRBlockLayout {
        switch level {
        case .l: l
        case .m: m
        case .q: q
        case .h: h
        }
    }

    /// The spec of `version` (1...40).
    static func of(_ version: Int) -> QRVersionSpec {
        QRTables.versions[version - 1]
    }
}

/// How a version's codewords split into error-correction blocks at one level (table 9).
struct QRBlockLayout: Sendable {
    /// One group of blocks that share a length: `blocks` blocks of `dataCodewordsPerBlock` each.
    struct Group: Sendable {
        let blocks: Int
        let dataCodewordsPerBlock: Int
    }

    let ecCodewordsPerBlock: Int
    /// At most two groups; the second's blocks hold one data codeword more than the first's.
    let groups: [Group]

    var blockCount: Int { groups.reduce(0) { $0 + $1.blocks } }
    var dataCodewords: Int { groups.reduce(0) { $0 + $1.blocks * $1.dataCodewordsPerBlock } }
}
