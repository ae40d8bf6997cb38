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

    @Test func aChangedWordWidensToItsLineAndTheLinesAround() {
        #expect(changed("一行\n第二行文字\n三行\n", "一行\n第二行新字\n三行\n") == "一行\n第二行新字\n三行")
        #expect(changed("alpha\nbeta\n", "alphx\nbeta\n") == "alphx\nbeta")
        #expect(changed("alpha\nbeta", "alpha\nbetx") == "alpha\nbetx")
    }

    @Test func insertedAndDeletedLines() {
        // The range takes in the neighbouring lines (a number may be wrapped across one line end)
        // and may take in the last line end: scanning more is safe.
        #expect(changed("a\nc\n", "a\nb\nc\n") == "a\nb\nc\n")
        #expect(changed("a\nb\nc\n", "a\nc\n") == "a\nc\n")
        #expect(changed("a\n", "a\nz\n") == "a\nz\n")
        #expect(changed("", "new\n") == "new\n")
        #expect(changed("keep\ngone\n", "keep\n") == "keep\n")
    }

    @Test func changesFarApartGiveOneRangeOverBoth() {
        let lines = (0..<3000).map { "line \($0)" }
        var edited = lines
        edited[10] = "edited 10"
        edited[2990] = "edited 2990"
        let region = changed(lines.joined(separator: "\n"), edited.joined(separator: "\n"))
        #expect(region.hasPrefix("line 9\nedited 10\n") && region.hasSuffix("\nedited 2990\nline 2991"))
    }
}
