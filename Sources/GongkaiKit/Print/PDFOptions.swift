/// `gongkai build --pdf`: how to print the print edition to PDF.
public struct PDFOptions: Sendable {
    /// `--chromium PATH`; when nil, Chromium is looked for on `searchPath`.
    public var chromium: String?
    /// The `PATH` to look for `chromium`, `chromium-browser` and `google-chrome` on.
    public var searchPath: String
    /// Seconds one page may take to print before the build gives up on it.
    public var timeout: Double = 60
    /// How many Chromium processes run at once.
    public var parallelism = 2

    public init(chromium: String? = nil, searchPath: String) {
        self.chromium = chromium
        self.searchPath = searchPath
    }
}
