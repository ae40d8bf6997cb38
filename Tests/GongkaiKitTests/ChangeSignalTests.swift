import Foundation
import Testing
@testable import GongkaiKit

/// `ChangeSignal`: inotify wakes `gongkai serve` when something under its folders changes.
@Suite struct ChangeSignalTests {
    @Test func aSavedFileWakesItAndQuietDoesNot() throws {
        let site = try TestSite()
        let signal = try #require(ChangeSignal(root: site.root.path, folders: ["content", "themes"]))
        #expect(!signal.wait(timeout: 0.2))
        try site.write("content/items/a.md", "---\ntitle: 甲\n---\n")
        #expect(signal.wait(timeout: 5))
        // Every event of that save was read: nothing more is pending.
        #expect(!signal.wait(timeout: 0.2))
        try site.write("themes/default/templates/partials/footer.mustache", "<footer></footer>\n")
        #expect(signal.wait(timeout: 5))
    }

    @Test func aNewFolderIsWatchedFromItsCreation() throws {
        let site = try TestSite()
        let signal = try #require(ChangeSignal(root: site.root.path, folders: ["content"]))
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("content/items/2027/q1"),
                                                withIntermediateDirectories: true)
        #expect(signal.wait(timeout: 5))
        _ = signal.wait(timeout: 0.2)
        try site.write("content/items/2027/q1/b.md", "---\ntitle: 乙\n---\n")
        #expect(signal.wait(timeout: 5))
    }

    @Test func hiddenFoldersAreNotWatched() throws {
        let site = try TestSite()
        try site.write("content/.git/HEAD", "ref\n")
        let signal = try #require(ChangeSignal(root: site.root.path, folders: ["content"]))
        try site.write("content/.git/HEAD", "ref: other\n")
        #expect(!signal.wait(timeout: 0.3))
    }
}
