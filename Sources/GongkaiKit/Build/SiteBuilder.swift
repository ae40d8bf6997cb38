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
    /// `--pdf`: also print the print edition to PDF.
    public var pdf: PDFOptions?

    public init(root: URL, out: URL? = nil, asOf: LocalDate) {
        self.root = root
        self.out = out ?? root.appendingPathComponent("site")
        self.asOf = asOf
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
    public var diagnostics: [Diagnostic] = []
    /// True when the output was replaced; false when the build stopped on errors and left the
    /// previous output untouched.
    public var wroteOutput = false
}

/// load → validate → gate → render → write, all into a staging folder that replaces the
/// output only when every step succeeded.
public enum SiteBuilder {
    /// Validates the content without writing anything (`gongkai check`).
    public static func check(root: URL, asOf: LocalDate) throws -> BuildSummary {
        var summary = BuildSummary()
        let (site, diagnostics) = try ContentLoader.load(root: root)
        summary.diagnostics = diagnostics
        guard let site else { return summary }
        summary.filesRead = site.filesRead
        summary.itemsValid = site.items.count
        let gate = Gate.clear(site.items, asOf: asOf, edition: .public)
        summary.published = gate.cleared.count
        summary.withheld = site.filesRead - gate.cleared.count
        summary.diagnostics += TimingWarnings.check(gate.cleared, asOf: asOf)
        return summary
    }

    /// Builds the site. Content errors come back as diagnostics with `wroteOutput == false`;
    /// I/O failures throw. Either way the previous output is untouched unless the build succeeded.
    public static func build(_ options: BuildOptions) throws -> BuildSummary {
        var summary = BuildSummary()
        let (loaded, loadDiagnostics) = try ContentLoader.load(root: options.root)
        summary.diagnostics = loadDiagnostics
        guard let site = loaded else { return summary }
        summary.filesRead = site.filesRead
        summary.itemsValid = site.items.count
        let (theme, themeDiagnostics) = Theme.load(root: options.root, name: site.config.theme,
                                                   language: site.config.language)
        summary.diagnostics += themeDiagnostics
        let gate = Gate.clear(site.items, asOf: options.asOf, edition: .public)
        summary.published = gate.cleared.count
        summary.withheld = site.filesRead - gate.cleared.count
        summary.diagnostics += TimingWarnings.check(gate.cleared, asOf: options.asOf)

        let blocking: (Diagnostic) -> Bool = {
            $0.severity == .error || (options.failOnWarnings && $0.severity == .warning)
        }
        guard let theme, !summary.diagnostics.contains(where: blocking) else { return summary }

        let staging = try StagingArea(target: options.out)
        do {
            let renderer = EditionRenderer(config: site.config, theme: theme, edition: .public,
                                           asOf: options.asOf, items: gate.cleared)
            summary.pagesWritten = try renderer.render(into: staging, prefix: "public/")
            summary.diagnostics += try PDFExport.run(options.pdf, staging: staging)
            let report = BuildReport(asOf: options.asOf, summary: summary, withheld: gate.withheld,
                                     diagnostics: summary.diagnostics)
            try staging.write("report.json", report.json())
            summary.filesWritten = staging.fileCount
            try staging.commit()
            summary.wroteOutput = true
        } catch {
            staging.discard()
            throw error
        }
        return summary
    }
}
