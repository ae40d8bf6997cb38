import Foundation
import GongkaiKit

/// Prints diagnostics as `path:line:col: error: [code] message`, then the offending line with a
/// caret under the column and the hint. Colour only on a terminal and never with NO_COLOR.
struct DiagnosticPrinter {
    let root: URL
    let colour: Bool
    let format: Arguments.Format
    private var lineCache: [String: [Substring]] = [:]
    /// Source lines are shown with personal numbers masked.
    private let scanner = PersonalDataScanner()

    init(root: URL, format: Arguments.Format, environment: [String: String]) {
        self.root = root
        self.format = format
        self.colour = format == .text && isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil
            && environment["TERM"] != "dumb"
    }

    mutating func text(_ d: Diagnostic) -> String {
        switch format {
        case .github:
            let kind = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
            var props: [String] = []
            if let l = d.location { props = ["file=\(l.path)", "line=\(l.line)", "col=\(l.column)"] }
            props.append("title=\(d.code)")
            let message = d.message + (d.hint.map { " (\($0))" } ?? "")
            return "::\(kind) \(props.joined(separator: ","))::\(escape(message))"
        case .text, .json:
            let label: String
            switch d.severity {
            case .error: label = paint("error", "1;31")
            case .warning: label = paint("warning", "1;33")
            case .note: label = paint("note", "1;36")
            }
            var out = ""
            if let l = d.location { out += paint("\(l):", "1") + " " }
            out += "\(label): [\(d.code)] \(d.message)"
            if d.mayQuoteSource, let l = d.location, let line = sourceLine(l) {
                let prefix = String(line.unicodeScalars.prefix(max(0, l.column - 1)))
                let pad = prefix.unicodeScalars.map { scalarWidth($0) == 2 ? "  " : ($0 == "\t" ? "\t" : " ") }.joined()
                out += "\n  \(l.line) | \(line)\n  \(String(repeating: " ", count: String(l.line).count)) | \(pad)\(paint("^", "1;32"))"
            }
            if let hint = d.hint { out += "\n  " + paint("hint:", "1;36") + " " + hint }
            return out
        }
    }

    /// The supervisor's cards, grouped red then yellow under a heading in the site's language.
    func findings(_ findings: [Finding], language: String) -> [String] {
        var out: [String] = []
        for card in Finding.Card.allCases {
            let group = findings.filter { $0.card == card }
            guard !group.isEmpty else { continue }
            switch format {
            case .github:
                for f in group {
                    var props: [String] = []
                    if let l = f.location { props = ["file=\(l.path)", "line=\(l.line)", "col=\(l.column)"] }
                    props.append("title=\(f.code)")
                    out.append("::\(card == .red ? "error" : "warning") \(props.joined(separator: ","))::\(escape(f.message))")
                }
            case .text, .json:
                let title = language == "zh-CN" ? (card == .red ? "红牌" : "黄牌") : (card == .red ? "Red cards" : "Yellow cards")
                out.append(paint("\(title) (\(group.count))", card == .red ? "1;31" : "1;33"))
                for f in group { out.append("  " + f.description) }
            }
        }
        return out
    }

    private func paint(_ s: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    private func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private mutating func sourceLine(_ l: SourceLocation) -> Substring? {
        if lineCache[l.path] == nil {
            let url = root.appendingPathComponent(l.path)
            guard let data = FileManager.default.contents(atPath: url.path),
                  let text = String(data: data, encoding: .utf8) else { return nil }
            lineCache[l.path] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = lineCache[l.path], l.line >= 1, l.line <= lines.count else { return nil }
        var line = lines[l.line - 1]
        if line.hasSuffix("\r") { line = line.dropLast() }
        return line.count > 300 ? nil : Substring(scanner.mask(String(line)))
    }

    /// East Asian wide characters take two terminal columns.
    private func scalarWidth(_ u: Unicode.Scalar) -> Int {
        switch u.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD: 2
        default: 1
        }
    }
}
