import Foundation
import Testing
@testable import GongkaiKit

/// `ChangedLines.range`: the lines of the new text a guard must scan again.
@Suite struct ChangedLinesTests {
    func changed(_ old: String, _ new: String) -> String {
        let bytes = Array(new.utf8)
        return String(decoding: bytes[ChangedLines.range(from: Array(old.utf8), to: bytes)], as: UTF8.self)
    }

    @Test func equalTextsNeedNoScan() {
        #expect(changed("a\nb\nc\n", "a\nb\nc\n") == "")
        #expect(changed("", "") == "")
    }

    @Test func aChangedWordWidensToItsWholeLine() {
        #expect(changed("一行\n第二行文字\n三行\n", "一行\n第二行新字\n三行\n") == "第二行新字")
        #expect(changed("alpha\nbeta\n", "alphx\nbeta\n") == "alphx")
        #expect(changed("alpha\nbeta", "alpha\nbetx") == "betx")
    }

    @Test func insertedAndDeletedLines() {
        // The range may take in a neighbouring line or the last line end: scanning more is safe.
        #expect(changed("a\nc\n", "a\nb\nc\n") == "b\nc")
        #expect(changed("a\nb\nc\n", "a\nc\n") == "c")
        #expect(changed("a\n", "a\nz\n") == "z\n")
        #expect(changed("", "new\n") == "new\n")
        #expect(changed("keep\ngone\n", "keep\n") == "")
    }

    @Test func changesFarApartGiveOneRangeOverBoth() {
        let lines = (0..<3000).map { "line \($0)" }
        var edited = lines
        edited[10] = "edited 10"
        edited[2990] = "edited 2990"
        let region = changed(lines.joined(separator: "\n"), edited.joined(separator: "\n"))
        #expect(region.hasPrefix("edited 10\n") && region.hasSuffix("\nedited 2990"))
    }
}
