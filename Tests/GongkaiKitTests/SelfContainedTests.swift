import Foundation
import Testing

/// A clone of gongkai builds and passes its tests with nothing beside it: no file of the project
/// reads a folder next to the repository. The folders spelt here are put together at run time, so
/// this file does not name them itself.
@Suite struct SelfContainedTests {
    /// What a path out of the repository to a sibling folder looks like in a script or a test.
    static let outsideReferences: [String] = {
        let up = ".." + "/"
        var out: [String] = []
        for name in ["shared", "specs", "bench"] {
            out.append(up + name)
            out.append("dirname(ROOT), \"" + name + "\"")
        }
        out.append("shared" + "/specs")
        out.append("shared" + "/bench")
        out.append("\"shared\", " + "\"bench\"")
        return out
    }()

    /// Every file that is part of the project: the tracked tree, without build output.
    static func projectFiles() throws -> [URL] {
        let skipped: Set<String> = [".git", "site", "preview"]
        var out: [URL] = []
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey]
        guard let walker = FileManager.default.enumerator(at: packageRoot, includingPropertiesForKeys: keys) else {
            return []
        }
        for case let url as URL in walker {
            let name = url.lastPathComponent
            let values = try url.resourceValues(forKeys: Set(keys))
            if values.isDirectory == true, skipped.contains(name) || name.hasPrefix(".build") {
                walker.skipDescendants()
            } else if values.isRegularFile == true {
                out.append(url)
            }
        }
        return out
    }

    @Test func noFileReadsAFolderBesideTheRepository() throws {
        let files = try Self.projectFiles()
        #expect(files.count > 100, "the walk found the project's files")
        var offenders: [String] = []
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where Self.outsideReferences.contains(where: line.contains) {
                let path = String(file.path.dropFirst(packageRoot.path.count + 1))
                offenders.append("\(path):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offenders.isEmpty, "files that read outside the repository:\n\(offenders.joined(separator: "\n"))")
    }

    /// The check above would find the forms it looks for.
    @Test func theCheckRecognisesAReferenceOutside() {
        let line = "let url = root.appendingPathComponent(\"" + ".." + "/" + "shared" + "/specs/x.json\")"
        #expect(Self.outsideReferences.contains(where: line.contains))
        let python = "SHARED = os.path.join(os.path.dirname(ROOT), \"shared\", \"bench\")"
        #expect(Self.outsideReferences.contains(where: python.contains))
        #expect(!Self.outsideReferences.contains(where: "let shared = \"公开\"".contains))
    }

    /// Every conformance suite the tests read is in the repository, with its licence.
    @Test func everySuiteCarriesItsLicence() {
        for folder in ["commonmark", "gfm", "mustache"] {
            let licence = specsDirectory().appendingPathComponent(folder).appendingPathComponent("LICENSE")
            #expect(FileManager.default.fileExists(atPath: licence.path), "\(folder)/LICENSE")
        }
        #expect(FileManager.default.fileExists(atPath: specsDirectory().appendingPathComponent("README.md").path))
    }
}
