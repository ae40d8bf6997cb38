/// Where the print edition lives inside an edition folder (`public/print/…`). Every path is
/// relative to the edition root, like `Paths`.
enum PrintPaths {
    static let folder = "print/"
    /// The posting checklist, the print edition's front page.
    static let checklist = "print/index.html"
    static let poster = "print/poster.html"
    static func sheet(_ id: String) -> String { "print/sheets/\(id).html" }
    /// The large-print (适老化) sheet. A folder of its own, so no id can collide with it.
    static func largeSheet(_ id: String) -> String { "print/large/\(id).html" }

    /// The PDF printed from a print page: `print/sheets/x.html` → `print/pdf/sheets/x.pdf`, and
    /// the checklist `print/index.html` → `print/pdf/checklist.pdf`.
    static func pdf(for page: String) -> String {
        precondition(page.hasPrefix(folder) && page.hasSuffix(".html"), "not a print page: \(page)")
        let inner = page.dropFirst(folder.count).dropLast(".html".count)
        return folder + "pdf/" + (inner == "index" ? "checklist" : inner) + ".pdf"
    }
}

extension PrintPaths {
    /// `public/print/sheets/x.html` → `public/print/pdf/sheets/x.pdf`: `pdf(for:)` for a path that
    /// starts with the edition's folder.
    static func pdfInEdition(_ path: String) -> String {
        guard let slash = path.firstIndex(of: "/") else { return pdf(for: path) }
        return String(path[...slash]) + pdf(for: String(path[path.index(after: slash)...]))
    }
}

extension PrintPaths {
    /// Whether `path` (starting with the edition's folder) is where `pdfInEdition` puts a PDF:
    /// `public/print/pdf/…/x.pdf`. Theme assets live under `assets/` and never land there.
    static func isPrintedPDF(_ path: String) -> Bool {
        guard let slash = path.firstIndex(of: "/") else { return false }
        let inner = path[path.index(after: slash)...]
        return inner.hasPrefix(folder + "pdf/") && inner.hasSuffix(".pdf")
    }
}
