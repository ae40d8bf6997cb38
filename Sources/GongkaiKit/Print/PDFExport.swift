/// The `--pdf` step of a build: find Chromium, print the staged print edition.
enum PDFExport {
    /// Prints into the staging area. No Chromium is a diagnostic (the HTML is still written);
    /// a failed print throws, and the build writes nothing.
    static func run(_ options: PDFOptions?, staging: StagingArea) throws -> [Diagnostic] {
        guard let options else { return [] }
        switch PDFPrinter.locate(options) {
        case let .missing(diagnostic):
            return [diagnostic]
        case let .found(chromium):
            _ = try PDFPrinter(chromium: chromium, options: options).printAll(in: staging)
            return []
        }
    }
}
