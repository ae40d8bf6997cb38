/// `site/archive.json` (立卷归档): every item ever published, with its status on the as-of date,
/// its dates, and the SHA-256 of its source file and of its rendered page, so that an archived
/// disclosure can be verified later against what was on the site.
struct ArchiveManifest {
    let asOf: LocalDate
    /// Items cleared for the internal edition: every published item, public and internal.
    let items: [ClearedItem]
    /// Page hashes by edition and item id.
    let pageHashes: [Edition: [String: String]]

    /// Entries made by earlier builds of a long-running process, by what they are made from.
    var memory: BuildMemory?

    func json() -> String {
        let sorted = items.sorted { ($0.item.index ?? "", $0.item.id) < ($1.item.index ?? "", $1.item.id) }
        let manifest = self
        let entries = ParallelMap.map(sorted) { c -> JSONValue in
            let make = { manifest.entry(c).serialized(atDepth: 2) }
            guard let memory = manifest.memory else { return .written(make()) }
            // Everything `entry` reads: the item, its status, and its page's hash.
            var key = c.key("archive", salt: Fingerprint())
            key.add(manifest.pageHash(of: c) ?? "")
            return .written(memory.value(for: key, make: make))
        }
        return JSONValue.object([
            ("as_of", .string(asOf.description)),
            ("generator", .string(Gongkai.generator)),
            ("items", .array(entries)),
        ]).serialized()
    }

    private func pageHash(of c: ClearedItem) -> String? {
        pageHashes[c.item.audience == .public ? .public : .internal]?[c.item.id]
    }

    private func entry(_ c: ClearedItem) -> JSONValue {
        let i = c.item
        let edition: Edition = i.audience == .public ? .public : .internal
        return .object([
            ("index", .optional(i.index)),
            ("id", .string(i.id)),
            ("title", .string(i.title)),
            ("audience", .string(i.audience.rawValue)),
            ("status", .string(c.status.rawValue)),
            ("published", .optional(i.published?.description)),
            ("written", .optional(i.written?.description)),
            ("expires", .optional(Publication.postingEnd(of: i)?.description)),
            ("repealed", .optional(i.repealedOn?.description)),
            ("withdrawn", .optional(i.withdrawnOn?.description)),
            ("source", .string(i.path)),
            ("source_sha256", .string(i.sourceHash)),
            ("page", .string("\(edition.rawValue)/\(Paths.item(i.id))")),
            ("page_sha256", .optional(pageHash(of: c))),
        ])
    }
}
