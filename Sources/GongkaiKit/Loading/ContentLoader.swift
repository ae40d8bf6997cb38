import Foundation

/// Everything read from a site's `content/`: the configuration and every item that decoded,
/// plus the diagnostics of those that did not.
public struct LoadedSite: Sendable {
    public var root: URL
    public var config: SiteConfig
    public var items: [Item]
    /// Working days, from content/calendar/.
    public var calendar: WorkCalendar
    /// Number of item files found, whether or not they decoded.
    public var filesRead: Int
    /// Item files that gave no item, with the location of their first error.
    public var unreadItems: [String: SourceLocation] = [:]
    /// Fingerprint of content/site.yaml's bytes.
    public var configFingerprint = Fingerprint()
    public var diagnostics: [Diagnostic]
}

/// Reads `content/site.yaml` and every `*.md` under `content/items/` (any depth), in parallel.
public enum ContentLoader {
    /// `memory`: items decoded by an earlier load, reused for files whose bytes are unchanged.
    /// `validate`: also run the checks that need every item at once (`SiteValidator`); a caller
    /// that runs them itself, beside other work, passes false.
    public static func load(root: URL, memory: BuildMemory? = nil, validate: Bool = true) throws
        -> (site: LoadedSite?, diagnostics: [Diagnostic]) {
        let siteURL = root.appendingPathComponent("content/site.yaml")
        guard let siteBytes = FileManager.default.contents(atPath: siteURL.path) else {
            let d = Diagnostic(.error, "site.missing", .site(.missing(root: root.path)), hint: .runInSiteFolder)
            return (nil, [d])
        }
        var diagnostics: [Diagnostic] = []
        let (siteFile, siteError) = SourceFile.decode(path: "content/site.yaml", bytes: Array(siteBytes))
        if let siteError { return (nil, [siteError]) }
        let (config, configDiagnostics) = SiteConfigDecoder.decode(siteFile!)
        diagnostics += configDiagnostics
        guard let config else { return (nil, diagnostics) }

        let rootPath = root.path
        let stamps = itemFiles(rootPath: rootPath)
        let paths = stamps.keys.sorted()
        let results = ParallelMap.map(paths) { rel -> (Item?, [Diagnostic]) in
            let stamp = stamps[rel]!
            if let known = memory?.decodedItem(path: rel, unchangedSince: stamp) { return known }
            let readAt = FileStamp.now()
            guard let data = FileManager.default.contents(atPath: rootPath + "/" + rel) else {
                return (nil, [Diagnostic(.error, "source.unreadable", .output(.unreadable),
                                         at: SourceLocation(path: rel, line: 1, column: 1))])
            }
            let bytes = Array(data)
            let decode = { () -> (Item?, [Diagnostic]) in
                let (file, error) = SourceFile.decode(path: rel, bytes: bytes)
                guard let file else { return (nil, [error!]) }
                return ItemDecoder.decode(file)
            }
            return memory?.decodedItem(path: rel, bytes: bytes, stamp: stamp, readAt: readAt, decode: decode) ?? decode()
        }
        memory?.keepOnly(paths: Set(paths))
        let (calendar, calendarDiagnostics) = CalendarLoader.load(root: root)
        diagnostics += calendarDiagnostics
        var items = results.compactMap(\.0)
        for i in items.indices {
            items[i].postingEnd = Publication.postingEnd(of: items[i], calendar: calendar)
        }
        diagnostics += results.flatMap(\.1)
        var unread: [String: SourceLocation] = [:]
        for (path, result) in zip(paths, results) where result.0 == nil {
            let first = result.1.filter { $0.severity == .error }.compactMap(\.location).min { ($0.line, $0.column) < ($1.line, $1.column) }
            unread[path] = first ?? SourceLocation(path: path, line: 1, column: 1)
        }
        if validate { diagnostics += SiteValidator.validate(items, config: config, unread: unread) }
        var site = LoadedSite(root: root, config: config, items: items, calendar: calendar, filesRead: paths.count,
                              diagnostics: diagnostics)
        site.unreadItems = unread
        site.configFingerprint.add(Array(siteBytes))
        return (site, diagnostics)
    }

    /// Every Markdown file under content/items (any depth; names starting with `.` are skipped),
    /// by site-relative path.
    static func itemFiles(rootPath: String) -> [String: FileStamp] {
        FileTree.files(root: rootPath, folder: "content/items") { name, isFolder in
            isFolder || (!name.hasPrefix(".") && name.hasSuffix(".md"))
        }
    }
}
