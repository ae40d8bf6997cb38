import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a build wrote, kept beside the output (`<out>/.gongkai-cache`) so that the next build
/// can reuse a page whose inputs have not changed instead of rendering it again.
///
/// Each rendered page is recorded with its key (a `Fingerprint` of everything that went into it:
/// gongkai itself, the theme, the template and the whole template context), its size and
/// modification time (so a page changed by hand in the output is never reused) and, for item
/// pages, its SHA-256 (for the archive manifest). Each edition also records its guard digest:
/// the leak scanner's fingerprints and the privacy settings. When that changes, reused pages are
/// read and scanned again before they go in.
///
/// The file is not part of the site: nothing under `public/` or `internal/` refers to it.
struct PageCache: Sendable {
    static let fileName = ".gongkai-cache"
    private static let header = "gongkai page cache 1"

    struct Entry: Sendable, Equatable {
        var key: Fingerprint
        var size: Int
        var modified: timespec
        var sha256: String?

        static func == (x: Entry, y: Entry) -> Bool {
            x.key == y.key && x.size == y.size && x.modified.tv_sec == y.modified.tv_sec
                && x.modified.tv_nsec == y.modified.tv_nsec && x.sha256 == y.sha256
        }
    }

    var entries: [String: Entry] = [:]
    /// Guard digest by edition folder prefix (`public/`).
    var guards: [String: Fingerprint] = [:]

    init() {}

    /// The cache of the output at `folder`, or an empty one when there is none or it cannot be
    /// read (then every page is rendered).
    init(readingFrom folder: URL) {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(Self.fileName).path)
        else { return }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.popFirst() == Self.header[...] else { return }
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count == 3, fields[0] == "guard", let digest = Fingerprint(hex: fields[2]) {
                guards[String(fields[1])] = digest
                continue
            }
            guard fields.count == 6, let key = Fingerprint(hex: fields[0]), let size = Int(fields[1]),
                  let sec = Int(fields[2]), let nsec = Int(fields[3]) else {
                entries = [:]
                guards = [:]
                return
            }
            entries[String(fields[5])] = Entry(key: key, size: size, modified: timespec(tv_sec: sec, tv_nsec: nsec),
                                               sha256: fields[4] == "-" ? nil : String(fields[4]))
        }
    }

    /// The file's text, sorted by path so that it is the same for the same output.
    var text: String {
        var out = Self.header + "\n"
        for (prefix, digest) in guards.sorted(by: { $0.key < $1.key }) { out += "guard\t\(prefix)\t\(digest)\n" }
        for (path, e) in entries.sorted(by: { $0.key < $1.key }) {
            out += "\(e.key)\t\(e.size)\t\(e.modified.tv_sec)\t\(e.modified.tv_nsec)\t\(e.sha256 ?? "-")\t\(path)\n"
        }
        return out
    }
}
