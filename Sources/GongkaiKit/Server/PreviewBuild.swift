/// One build the preview server made, for the terminal.
public struct PreviewBuild: Sendable {
    /// 1 for the first build, then one more per rebuild.
    public var number: Int
    public var summary: BuildSummary?
    /// Why the build could not run (an I/O failure, a bad SOURCE_DATE_EPOCH).
    public var failure: String?
    public var asOf: LocalDate?
    public var seconds: Double
    /// Site-relative paths whose change started it; empty for the first build.
    public var changed: [String]
    /// Whether a good build (this one or an earlier one) is being served after it.
    public var serving = false

    public var ok: Bool { failure == nil && summary?.wroteOutput == true }
}
