import Testing
@testable import GongkaiKit

/// `QRTables.swift` is generated from `Tests/Fixtures/specs/qr/qr-tables.json`; check it still says the
/// same, and that the standard's figures add up.
@Test func tablesMatchTheStandardsData() throws {
    let json = try loadSpecJSON("qr/qr-tables.json").get() as? [String: Any]
    let versions = try #require(json?["versions"] as? [[String: Any]])
    #expect(versions.count == 40)
    #expect(QRTables.versions.count == 40)

    for (index, entry) in versions.enumerated() {
        let spec = QRTables.versions[index]
        let version = try #require(entry["version"] as? Int)
        let total = try #require(entry["total_codewords"] as? Int)
        #expect(spec.version == version)
        #expect(spec.size == entry["size"] as? Int)
        #expect(spec.size == 17 + 4 * version)
        #expect(spec.totalCodewords == total)
        #expect(spec.remainderBits == entry["remainder_bits"] as? Int)
        #expect(spec.alignmentCenters == entry["alignment_centers"] as? [Int])

        let levels = try #require(entry["ec"] as? [String: [String: Any]])
        for level in QRErrorCorrection.allCases {
            let expected = try #require(levels[level.rawValue])
            let layout = spec.layout(level)
            let dataCodewords = try #require(expected["data_codewords"] as? Int)
            let ecPerBlock = try #require(expected["ec_codewords_per_block"] as? Int)
            let groups = try #require(expected["groups"] as? [[String: Int]])
            let blocks = groups.reduce(0) { $0 + $1["blocks"]! }
            #expect(dataCodewords + ecPerBlock * blocks == total, "version \(version)-\(level.rawValue)")
            #expect(layout.dataCodewords == dataCodewords, "version \(version)-\(level.rawValue)")
            #expect(layout.ecCodewordsPerBlock == ecPerBlock, "version \(version)-\(level.rawValue)")
            #expect(layout.groups.map { [$0.blocks, $0.dataCodewordsPerBlock] }
                == groups.map { [$0["blocks"]!, $0["data_codewords_per_block"]!] })
        }
    }
}

/// The modules left for data, counted on an empty matrix, are the codewords and remainder bits
/// the table gives (so the function patterns are drawn where the table expects them).
@Test func functionPatternsLeaveRoomForExactlyTheTablesCodewords() {
    for spec in QRTables.versions {
        let matrix = QRMatrix(spec: spec)
        let free = matrix.isFunction.filter { !$0 }.count
        #expect(free == spec.totalCodewords * 8 + spec.remainderBits, "version \(spec.version)")
    }
}
