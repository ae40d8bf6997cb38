import Foundation
import GongkaiKit

/// Prints diagnostics as `path:line:col: error: [code] message`, then the offending line with a
/// caret under the column and the hint, in the language chosen for messages. The words `error`
/// and `warning` and the codes stay as they are in every language, for the tools that read
/// them. Colour only on a terminal and never with NO_COLOR.
struct DiagnosticPrinter {
    let root: URL
    let colour: Bool
    let format: Arguments.Format
    let language: Language
    private var lineCache: [String: [Substring]] = [:]
    /// Source lines are shown with personal numbers masked.
    private let scanner = PersonalDataScanner()

    init(root: URL, format: Arguments.Format, language: Language, environment: [String: String]) {
        self.root = root
        self.format = format
        self.language = language
        self.colour = format == .text && isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil
            && environment["TERM"] != "dumb"
    }

    /// The diagnostic as printed, personal numbers in its words masked whoever made it.
    mutating func text(_ unmasked: Diagnostic) -> String {
        let d = unmasked.maskingPersonalData()
        switch format {
        case .github:
            let kind = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
            var props: [String] = []
            if let l = d.location { props = ["file=\(l.path)", "line=\(l.line)", "col=\(l.column)"] }
            props.append("title=\(d.code)")
            let message = d.messageWithHint(in: language)
            return "::\(kind) \(props.joined(separator: ","))::\(escape(message))"
        case .text, .json, .gitlab:
            let label: String
            switch d.severity {
            case .error: label = paint("error", "1;31")
            case .warning: label = paint("warning", "1;33")
            case .note: label = paint("note", "1;36")
            }
            var out = ""
            if let l = d.location { out += paint("\(l):", "1") + " " }
            out += "\(label): [\(d.code)] \(d.message(in: language))"
            if d.mayQuoteSource, let l = d.location, let line = sourceLine(l) {
                let pad = DisplayWidth.caretPadding(line: line, column: l.column)
                out += "\n  \(l.line) | \(line)\n  \(String(repeating: " ", count: String(l.line).count)) | \(pad)\(paint("^", "1;32"))"
            }
            if let hint = d.hint(in: language) { out += "\n  " + paint(language.say("提示：", "hint:"), "1;36") + language.say("", " ") + hint }
            return out
        }
    }

    /// The supervisor's cards, grouped red then yellow under a heading.
    func findings(_ findings: [Finding]) -> [String] {
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
                    out.append("::\(card == .red ? "error" : "warning") \(props.joined(separator: ","))::\(escape(f.message(in: language)))")
                }
            case .text, .json, .gitlab:
                let title = language.say(card == .red ? "红牌" : "黄牌", card == .red ? "Red cards" : "Yellow cards")
                out.append(paint("\(title) (\(group.count))", card == .red ? "1;31" : "1;33"))
                for f in group { out.append("  " + f.description(in: language)) }
            }
        }
        return out
    }

    /// The items no edition shows, each with why, under a heading (text formats only: the
    /// machine formats carry them in report.json).
    func held(_ items: [WithheldItem]) -> [String] {
        guard !items.isEmpty, format == .text || format == .gitlab else { return [] }
        var out = [paint(language.say("各版本均未公开 (\(items.count))", "Held from every edition (\(items.count))"), "1")]
        for w in items {
            let why: String
            switch w.reason {
            case .unapproved:
                why = language.say("未审核签发：签发后才公开", "not approved: published once signed off")
            case let .scheduled(date):
                why = date.map { language.say("定于\($0.chinese)公开", "scheduled for \($0)") }
                    ?? language.say("未填写发布日期（published）", "no publication date ('published')")
            case let .confidential(flags):
                why = language.say("有保密标记（\(flags.map(\.rawValue).joined(separator: "、"))），任何版本都不公开",
                                   "confidential (\(flags.map(\.rawValue).joined(separator: ", "))): in no edition")
            case .internalOnly:
                why = language.say("仅内部公开", "internal only")
            }
            out.append("  \(w.path): \(why)")
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
            // Lines end as the YAML reader ends them: "\n", "\r\n" (one Character) or a lone "\r".
            lineCache[l.path] = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        }
        guard let lines = lineCache[l.path], l.line >= 1, l.line <= lines.count else { return nil }
        var line = lines[l.line - 1]
        if l.line == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
        return line.count > 300 ? nil : Substring(scanner.mask(String(line)))
    }
}
