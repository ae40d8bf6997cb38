import Foundation

/// What `gongkai build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site's folder (holding `content/` and `themes/`).
    public var root: URL
    /// Where the output goes; `site/` under the root by default.
    public var out: URL
    /// The as-of date, already resolved (`AsOf.resolve`).
    public var asOf: LocalDate
    /// `--strict`: a warning stops the build like an error.
    public var failOnWarnings = false
    /// Which editions to write (`--edition`): both by default.
    public var editions: [Edition] = Edition.allCases
    /// Replaces the gate's decision for an edition. Only tests use it, to prove that the leak
    /// scan stops a build whose renderer was handed something the gate withheld.
    var gateOverride: (@Sendable (Edition, GateResult) -> GateResult)?
    /// `--pdf`: also print the print edition to PDF.
    public var pdf: PDFOptions?
    /// An earlier output whose unchanged pages are reused instead of rendered (the output
    /// itself by default); nil renders every page (`--clean`).
    public var reuse: URL?
    /// What a long-running process remembers between builds (decoded items, leak scanners).
    public var memory: BuildMemory?
    /// The language of the messages in `report.json` (`--lang`); the site's language when nil.
    public var language: Language?

    /// `--drafts`: a preview that also shows unapproved and scheduled items, bannered as not
    /// public. It goes to `preview/` unless `out` says otherwise, never to `site/` by default.
    public var drafts: Bool

    public init(root: URL, out: URL? = nil, asOf: LocalDate, drafts: Bool = false) {
        self.root = root
        self.drafts = drafts
        self.out = out ?? root.appendingPathComponent(drafts ? "preview" : "site")
        self.asOf = asOf
        reuse = self.out
    }
}

/// What a build did, for the closing summary and for tests.
public struct BuildSummary: Sendable {
    public var filesRead = 0
    public var itemsValid = 0
    public var published = 0
    public var withheld = 0
    public var pagesWritten = 0
    public var filesWritten = 0
    /// Files taken over from the previous output because nothing that goes into them changed.
    public var filesReused = 0
    public var diagnostics: [Diagnostic] = []
    /// The supervisor's red and yellow cards on the as-of date.
    public var findings: [Finding] = []
    /// The items no edition shows on the as-of date (unapproved, scheduled, confidential), by
    /// path and reason, sorted by path: what `gongkai check` lists as held.
    public var held: [WithheldItem] = []
    /// The site's language (`zh-CN`, `en`), for messages printed about the build.
    public var language = "zh-CN"
    /// True when the output was replaced; false when the build stopped on errors and left the
    /// previous output untouched.
    public var wroteOutput = false
    /// CPU seconds (all threads) the final scan of the staged files took: the leak scanner and
    /// the personal-data guard. For `--timings` and the benchmark.
    public var finalScanSeconds: Double = 0
}

/// load → validate → gate → render → write, all into a staging folder that replaces the
/// output only when every step succeeded.
public enum SiteBuilder {
    /// Validates the content without writing anything (`gongkai check`).
    public static func check(root: URL, asOf: LocalDate) throws -> BuildSummary {
        var summary = try checkUnmasked(root: root, asOf: asOf)
        summary.diagnostics = summary.diagnostics.map { $0.maskingPersonalData() }
        return summary
    }

    private static func checkUnmasked(root: URL, asOf: LocalDate) throws -> BuildSummary {
        try prepare(root: root, asOf: asOf, drafts: false, memory: nil).summary
    }

    /// What both `check` and `build` do before rendering: load, validate, load the theme, gate
    /// both editions, apply the privacy policy and supervise.
    private struct Prepared {
        var site: LoadedSite
        var theme: Theme?
        var gates: [Edition: GateResult]
        var privacy: PrivacyGate
    }

    private static func prepare(root: URL, asOf: LocalDate, drafts: Bool, memory: BuildMemory?) throws
        -> (summary: BuildSummary, prepared: Prepared?)
    {
        var summary = BuildSummary()
        let (loaded, loadDiagnostics) = try ContentLoader.load(root: root, memory: memory, validate: false)
        summary.diagnostics = loadDiagnostics
        guard let site = loaded else { return (summary, nil) }
        summary.language = site.config.language
        summary.filesRead = site.filesRead
        summary.itemsValid = site.items.count
        // The checks that need every item, the gates with the privacy check, and the supervisor
        // only read the items: they run side by side.
        let privacy = PrivacyGate(config: site.config)
        let (validation, checked) = ParallelMap.run({
            SiteValidator.validate(site.items, config: site.config, unread: site.unreadItems)
        }, { () -> (gates: [Edition: GateResult], privacy: [Diagnostic], findings: [Finding]) in
            var gates = Dictionary(uniqueKeysWithValues: Edition.allCases.map {
                ($0, Gate.clear(site.items, asOf: asOf, edition: $0, drafts: drafts))
            })
            let found = privacy.check(gates[.public]!.cleared, memory: memory, salt: site.configFingerprint)
            if site.config.privacy.policy == .mask {
                gates[.public]!.cleared = gates[.public]!.cleared.map { $0.masked(by: privacy.scanner) }
            }
            let findings = Supervisor(config: site.config, calendar: site.calendar, asOf: asOf).findings(for: site.items)
            return (gates, found, findings)
        })
        summary.diagnostics += validation
        let (theme, themeDiagnostics) = Theme.load(root: root, name: site.config.theme, language: site.config.language)
        summary.diagnostics += themeDiagnostics
        let gates = checked.gates
        summary.diagnostics += checked.privacy
        summary.published = gates[.public]!.cleared.count
        summary.withheld = site.filesRead - gates[.public]!.cleared.count
        summary.held = gates[.internal]!.withheld.sorted { $0.path < $1.path }
        summary.diagnostics += site.calendar.missingYearWarnings(for: [asOf])
        summary.findings = checked.findings
        return (summary, Prepared(site: site, theme: theme, gates: gates, privacy: privacy))
    }

    /// Builds the site. Content errors come back as diagnostics with `wroteOutput == false`;
    /// I/O failures throw. Either way the previous output is untouched unless the build succeeded.
    public static func build(_ options: BuildOptions) throws -> BuildSummary {
        var summary = try buildUnmasked(options)
        summary.diagnostics = summary.diagnostics.map { $0.maskingPersonalData() }
        return summary
    }

    private static func buildUnmasked(_ options: BuildOptions) throws -> BuildSummary {
        options.memory?.startBuild()
        var (summary, prepared) = try prepare(root: options.root, asOf: options.asOf, drafts: options.drafts,
                                                  memory: options.memory)
        guard let prepared else { return summary }
        let site = prepared.site, gates = prepared.gates, privacy = prepared.privacy
        let publicGate = gates[.public]!

        let blocking: (Diagnostic) -> Bool = {
            $0.severity == .error || (options.failOnWarnings && $0.severity == .warning)
        }
        guard let theme = prepared.theme, !summary.diagnostics.contains(where: blocking) else { return summary }

        let staging = try StagingArea(target: options.out, previous: options.reuse,
                                      previousCache: options.memory?.pageCache(of: options.reuse),
                                      previousFiles: options.memory?.files(of: options.reuse),
                                      keptFileSize: options.memory?.keptFileSize ?? 0)
        do {
            var pageHashes: [Edition: [String: String]] = [:]
            let siteTexts = site.config.printedTexts + Array(theme.strings.values)
            let scanners = ParallelMap.map(options.editions) { edition in
                guard let memory = options.memory else {
                    return LeakGuard.scanner(for: edition, items: site.items, cleared: gates[edition]!.cleared,
                                             siteTexts: siteTexts)
                }
                let key = LeakGuard.key(for: edition, items: site.items, cleared: gates[edition]!.cleared,
                                        siteTexts: siteTexts, config: site.configFingerprint)
                return memory.scanner(for: edition, key: key) {
                    LeakGuard.texts(for: edition, items: site.items, cleared: gates[edition]!.cleared, siteTexts: siteTexts)
                }
            }
            for (edition, scanner) in zip(options.editions, scanners) {
                var guardDigest = scanner.digest
                guardDigest.add(site.configFingerprint)
                staging.setGuard(guardDigest, under: "\(edition.rawValue)/")
                staging.guardFiles(under: "\(edition.rawValue)/", with: scanner)
                if edition == .public { staging.guardPersonalData(under: "public/", with: privacy.scanner) }
            }
            // The editions are independent: render them side by side.
            let findings = summary.findings
            let rendered = ParallelMap.map(options.editions) { edition -> Result<EditionRenderer.Result, any Error> in
                let gate = options.gateOverride?(edition, gates[edition]!) ?? gates[edition]!
                let renderer = EditionRenderer(config: site.config, theme: theme, edition: edition,
                                               asOf: options.asOf, items: gate.cleared, findings: findings,
                                               salt: site.configFingerprint, memory: options.memory)
                return Result { try renderer.render(into: staging, prefix: "\(edition.rawValue)/") }
            }
            for (edition, result) in zip(options.editions, rendered) {
                let r = try result.get()
                summary.pagesWritten += r.pages
                pageHashes[edition] = r.pageHashes
            }
            summary.diagnostics += try PDFExport.run(options.pdf, staging: staging)
            summary.finalScanSeconds = staging.guardSeconds
            let leaks = staging.leaksFound
            if !leaks.isEmpty {
                summary.diagnostics += leaks.map { leak in
                    let code = if case .uncheckedType = leak.what { "gate.unchecked-file-type" } else { "gate.leak" }
                    return Diagnostic(.error, code, .output(.leak(path: leak.path, what: leak.what)), hint: .reportBug)
                }
                staging.discard()
                return summary
            }
            let report = BuildReport(asOf: options.asOf, summary: summary, withheld: publicGate.withheld,
                                     diagnostics: summary.diagnostics, findings: summary.findings,
                                     language: options.language ?? Language(siteLanguage: site.config.language),
                                     memory: options.memory)
            let archive = ArchiveManifest(asOf: options.asOf, items: gates[.internal]!.cleared, pageHashes: pageHashes,
                                          memory: options.memory)
            let texts = ParallelMap.map([{ report.json() }, { archive.json() }] as [@Sendable () -> String]) { $0() }
            try staging.write("report.json", texts[0])
            try staging.write("archive.json", texts[1])
            summary.filesWritten = staging.fileCount
            summary.filesReused = staging.reusedCount
            // A process that remembers what this build recorded need not write it down.
            try staging.commit(recordCache: options.memory == nil)
            options.memory?.remember(pageCache: staging.pageCache, of: options.out)
            options.memory?.remember(files: staging.keptFiles, of: options.out)
            summary.wroteOutput = true
        } catch {
            staging.discard()
            throw error
        }
        return summary
    }
}
