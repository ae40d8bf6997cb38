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
    /// Fingerprints of template contexts by the fingerprint of what they are made from, so an
    /// unchanged page is recognised without building its context (see `PageWriter`).
    var contexts: [Fingerprint: Fingerprint] = [:]

    init() {}

    /// The cache of the output at `folder`, or an empty one when there is none or it cannot be
    /// read (then every page is rendered).
    init(readingFrom folder: URL) {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(Self.fileName).path),
              let parsed = Self.parse(Array(data)) else { return }
        self = parsed
    }

    /// Reads the file's bytes; nil when anything in it is not as `text` writes it.
    private static func parse(_ bytes: [UInt8]) -> PageCache? {
        var cache = PageCache()
        var lines = bytes.split(separator: 0x0A)[...]
        guard let first = lines.popFirst(), first.elementsEqual(header.utf8) else { return nil }
        for line in lines {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            let tag = String(decoding: fields[0], as: UTF8.self)
            if fields.count == 3, tag == "guard" {
                guard let digest = Fingerprint(hexBytes: fields[2]) else { return nil }
                cache.guards[String(decoding: fields[1], as: UTF8.self)] = digest
            } else if fields.count == 3, tag == "context" {
                guard let inputs = Fingerprint(hexBytes: fields[1]), let context = Fingerprint(hexBytes: fields[2])
                else { return nil }
                cache.contexts[inputs] = context
            } else {
                guard fields.count == 6, let key = Fingerprint(hexBytes: fields[0]), let size = decimal(fields[1]),
                      let sec = decimal(fields[2]), let nsec = decimal(fields[3]) else { return nil }
                let sha = fields[4].elementsEqual("-".utf8) ? nil : String(decoding: fields[4], as: UTF8.self)
                cache.entries[String(decoding: fields[5], as: UTF8.self)] =
                    Entry(key: key, size: size, modified: timespec(tv_sec: sec, tv_nsec: nsec), sha256: sha)
            }
        }
        return cache
    }

    private static func decimal(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var n = 0
        for d in digits {
            guard (0x30...0x39).contains(d) else { return nil }
            n = n * 10 + Int(d - 0x30)
        }
        return n
    }

    /// The file's text, sorted by path so that it is the same for the same output.
    var text: String {
        var out = Self.header + "\n"
        for (prefix, digest) in guards.sorted(by: { $0.key < $1.key }) { out += "guard\t\(prefix)\t\(digest)\n" }
        for (inputs, context) in contexts.map({ ($0.key.description, $0.value.description) }).sorted(by: { $0.0 < $1.0 }) {
            out += "context\t\(inputs)\t\(context)\n"
        }
        for (path, e) in entries.sorted(by: { $0.key < $1.key }) {
            out += "\(e.key)\t\(e.size)\t\(e.modified.tv_sec)\t\(e.modified.tv_nsec)\t\(e.sha256 ?? "-")\t\(path)\n"
        }
        return out
    }
}
