import Foundation
import Testing
@testable import GongkaiKit

/// End to end, the way an attacker or a careless clerk writes: generated IDs (check characters
/// computed by `Reference`), mobiles for every current prefix and Luhn cards, each written with
/// every separator and disguise in 30 places of an item. With `policy: error` every one stops the
/// build at its line; with `policy: mask` no public file holds the number, read the way this test
/// reads it (its own tag stripping, entity and escape decoding and NFKC, not gongkai's); and
/// numbers a reader expects pass in the same places.
@Suite(.serialized) struct PersonalDataLeakDifferentialTests {
    // MARK: The cases

    /// How a number is disguised on top of its separators.
    enum Disguise: CaseIterable {
        case none, fullWidth, entities, strong, codeSpan, linkText
        /// Only Markdown inline text reads entities and markup.
        var needsMarkdown: Bool { self != .none && self != .fullWidth }
    }

    /// A place in an item: front matter or a Markdown construct. `N` stands for the number.
    struct Context {
        var name: String
        /// Front matter lines (after the fixed ones) and body.
        var front: String = ""
        var body: String = "正文。\n"
        /// Lines, counted from the first front-matter line after the fixed ones (`front`) or from
        /// the first body line, where the finding may be reported: the number's line, its block's.
        var lines: [Int]
        var inFront = false
        /// Markdown inline text: entities and markup disguises apply.
        var markdown = true
        /// May the number be hard-wrapped onto the next line.
        var multiline = true
    }

    static let contexts: [Context] = [
        Context(name: "paragraph", body: "联系电话N。\n", lines: [0]),
        Context(name: "second paragraph", body: "第一段。\n\n联系电话N。\n", lines: [2]),
        Context(name: "emphasis", body: "电话*N*\n", lines: [0]),
        Context(name: "strong", body: "电话**N**\n", lines: [0]),
        Context(name: "code span", body: "电话 `N`\n", lines: [0], markdown: false),
        Context(name: "link text", body: "[N](https://example.org/)\n", lines: [0]),
        Context(name: "link URL", body: "[电话](tel:N)\n", lines: [0], markdown: false, multiline: false),
        Context(name: "link title", body: "[电话](/x \"N\")\n", lines: [0], markdown: false, multiline: false),
        Context(name: "image alt", body: "![N](a.png)\n", lines: [0]),
        Context(name: "heading", body: "## 电话 N\n", lines: [0], multiline: false),
        Context(name: "heading with emphasis", body: "### *N*\n", lines: [0], multiline: false),
        Context(name: "setext heading", body: "电话 N\n---\n", lines: [0]),
        Context(name: "bullet list", body: "- 甲\n- 电话 N\n", lines: [1]),
        Context(name: "ordered list", body: "1. 电话 N\n", lines: [0]),
        Context(name: "loose list paragraph", body: "- 甲\n\n  电话 N\n", lines: [2]),
        Context(name: "block quote", body: "> 电话 N\n", lines: [0]),
        Context(name: "list in quote", body: "> - 电话 *N*\n", lines: [0]),
        Context(name: "table cell", body: "| 姓名 | 电话 |\n|---|---|\n| 张某 | N |\n", lines: [0, 2], multiline: false),
        Context(name: "code in table", body: "| 姓名 | 电话 |\n|---|---|\n| 张某 | `N` |\n", lines: [0, 2], markdown: false,
                multiline: false),
        Context(name: "csv fence", body: "```csv\n姓名,电话\n张某,N\n```\n", lines: [0, 2], markdown: false, multiline: false),
        Context(name: "code block", body: "```\nN\n```\n", lines: [0, 1], markdown: false),
        Context(name: "indented code", body: "    N\n", lines: [0], markdown: false, multiline: false),
        Context(name: "html block", body: "<div>电话 N</div>\n", lines: [0], markdown: false),
        Context(name: "inline html", body: "电话 <span>N</span>\n", lines: [0]),
        Context(name: "after a hard break", body: "电话：\\\nN\n", lines: [0, 1]),
        Context(name: "strong link", body: "[**N**](/x)\n", lines: [0]),
        Context(name: "title", lines: [-7], inFront: true, markdown: false, multiline: false),
        Context(name: "summary", front: "summary: \"N\"\n", lines: [0], inFront: true, markdown: false, multiline: false),
        Context(name: "keywords", front: "keywords: [低保, \"N\"]\n", lines: [0], inFront: true, markdown: false, multiline: false),
        Context(name: "attachment title", front: "attachments:\n  - file: a.pdf\n    title: \"N\"\n", lines: [0, 2], inFront: true,
                markdown: false, multiline: false),
        Context(name: "department", front: "department: \"N\"\n", lines: [0], inFront: true, markdown: false, multiline: false),
    ]

    static let separators = ["", " ", "  ", "\u{A0}", "\u{2009}", "\u{3000}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}",
                             "\u{FEFF}", "\u{AD}", "\u{2013}", "\u{2014}", "\u{2212}", "\u{B7}", "-", "\n"]

    struct Case {
        var file: String
        var text: String
        var digits: String
        var kind: PersonalDataKind
        /// Lines of the file where the finding may be reported.
        var lines: Set<Int>
        var label: String
    }

    /// The fixed front matter has 8 lines; `front` starts on line 9 and the body two lines after it.
    static func item(_ n: Int, title: String, front: String, body: String) -> String {
        """
        ---
        title: "\(title)"
        category: policies
        timing: long-term
        index: "11330000MB0000000X/2026-\(String(100_000 + n).dropFirst())"
        published: 2026-10-15
        approved-by: 王建国
        approved-on: 2026-10-15
        \(front)---

        \(body)
        """
    }

    static func place(_ written: String, in context: Context, n: Int) -> (text: String, lines: Set<Int>) {
        let frontLines = context.front.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let title = context.name == "title" ? "关于\(written)的通知" : "第\(n)号通知"
        let text = item(n, title: title, front: context.front.replacingOccurrences(of: "N", with: written),
                        body: context.body.replacingOccurrences(of: "N", with: written))
        let base = context.inFront ? 9 : 9 + frontLines + 2
        return (text, Set(context.lines.map { base + $0 }))
    }

    static func groups(_ s: String, _ lengths: [Int]) -> [String] {
        var rest = Substring(s), out: [String] = []
        for n in lengths {
            out.append(String(rest.prefix(n)))
            rest = rest.dropFirst(n)
        }
        if !rest.isEmpty { out.append(String(rest)) }
        return out
    }

    static func write(_ parts: [String], separator: String, disguise: Disguise) -> String {
        switch disguise {
        case .none:
            return parts.joined(separator: separator)
        case .fullWidth:
            return Reference.fullWidth(parts.joined(separator: separator))
        case .entities:
            // Every other character as a numeric entity, decimal and hexadecimal in turn.
            let joined = parts.joined(separator: separator)
            return joined.unicodeScalars.enumerated().map { i, u in
                i % 2 == 0 ? String(u) : (i % 4 == 1 ? "&#\(u.value);" : "&#x\(String(u.value, radix: 16));")
            }.joined()
        case .strong:
            return parts[0] + separator + "**" + parts[1] + "**" + separator + parts[2...].joined(separator: separator)
        case .codeSpan:
            return parts[0] + separator + "`" + parts[1] + "`" + separator + parts[2...].joined(separator: separator)
        case .linkText:
            return "[" + parts[0] + separator + parts[1] + "](/x)" + separator + parts[2...].joined(separator: separator)
        }
    }

    static let mobilePrefixes = Array(130...139) + Array(145...149) + Array(150...153) + Array(155...159) + [162]
        + Array(165...167) + Array(170...178) + Array(180...189) + Array(190...199)

    /// Every context × separator × disguise that can be written there, for each kind, with fresh
    /// numbers throughout (so a finding names its case).
    static func cases(seed: UInt64) -> [Case] {
        var r = SplitMix64(seed: seed)
        func digits(_ n: Int) -> String { String((0..<n).map { _ in Character(String(r.below(10))) }) }
        var out: [Case] = []
        var mobile = 0
        for context in contexts {
            for separator in separators {
                for disguise in Disguise.allCases {
                    if disguise.needsMarkdown && !context.markdown { continue }
                    if separator == "\n" && !context.multiline { continue }
                    // A disguise is tried with no separator and with a plain space only.
                    if disguise != .none && separator != "" && separator != " " { continue }
                    // A hard-wrapped number in a list item or quote starts a new paragraph there.
                    if separator == "\n" && disguise != .none { continue }
                    let y = 1950 + r.below(60), m = 1 + r.below(12), d = 1 + r.below(28)
                    let body = "330102\(y)\(m < 10 ? "0" : "")\(m)\(d < 10 ? "0" : "")\(d)" + digits(3)
                    let id = body + String(Reference.idCheckCharacter(body))
                    mobile += 1
                    let phone = String(mobilePrefixes[mobile % mobilePrefixes.count]) + digits(8)
                    var card: String
                    repeat { card = Reference.card("6222" + digits(11 + r.below(4))) } while !Reference.isCard(card)
                    let values: [(PersonalDataKind, String, [Int])] = [
                        (.residentID18, id, [6, 8, 4]),
                        (.mobile, phone, r.pick([[3, 4, 4], [4, 4, 3], [3, 3, 5]])),
                        (.bankCard, card, [4, 4, 4, 4]),
                    ]
                    for (kind, value, grouping) in values {
                        let n = out.count + 1
                        let written = write(groups(value, grouping), separator: separator, disguise: disguise)
                        let (text, lines) = place(written, in: context, n: n)
                        out.append(Case(file: "content/items/c\(n).md", text: text, digits: value, kind: kind, lines: lines,
                                        label: "\(context.name), separator \(separator.unicodeScalars.map { String($0.value, radix: 16) }), \(disguise), \(kind)"))
                    }
                }
            }
        }
        return out
    }

    func site(_ cases: [Case], policy: String) throws -> TestSite {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "privacy:\n  policy: \(policy)\n")
        for c in cases { try site.write(c.file, c.text) }
        return site
    }

    // MARK: policy: error

    @Test func everyWritingInEveryPlaceStopsTheBuildAtItsLine() throws {
        let cases = Self.cases(seed: 0x5EED_0001)
        #expect(cases.count > 1_000)
        let site = try site(cases, policy: "error")
        let summary = try site.build()
        #expect(!summary.wroteOutput)
        #expect(!site.exists("site"))
        var found: [String: [Int]] = [:]
        for d in summary.diagnostics where d.code == "privacy.personal-data" {
            if let l = d.location { found[l.path, default: []].append(l.line) }
        }
        var missed = 0
        for c in cases {
            let lines = found[c.file] ?? []
            if !lines.contains(where: c.lines.contains) {
                missed += 1
                Issue.record("\(c.label): expected an error at line \(c.lines.sorted()) of \(c.file), found \(lines)")
            }
        }
        print("personal-data end to end: \(cases.count - missed)/\(cases.count) writings stopped the build at their line")
        let log = summary.diagnostics.map { $0.description(in: .en) }.joined(separator: "\n")
        for c in cases.prefix(200) { #expect(!log.contains(c.digits), "\(c.label): the message repeats the number") }
    }

    // MARK: policy: mask

    @Test func theMaskLeavesNoNumberInAnyPublicFile() throws {
        let cases = Self.cases(seed: 0x5EED_0002)
        let site = try site(cases, policy: "mask")
        let summary = try site.build()
        #expect(summary.wroteOutput, "\(summary.diagnostics.prefix(5))")
        let files = site.snapshot("site/public")
        #expect(files.count > cases.count)
        // What could be pieced together from each file, reduced to its runs of digits.
        var runs = Set<String>()
        var lengths = Set<Int>()
        for c in cases { lengths.formUnion(Self.pieces(of: c).map(\.count)) }
        for (path, data) in files {
            for run in Self.digitRuns(Self.readerText(String(decoding: data, as: UTF8.self), path: path)) {
                for length in lengths where run.count >= length {
                    let bytes = Array(run.utf8)
                    for start in 0...(bytes.count - length) { runs.insert(String(decoding: bytes[start..<start + length], as: UTF8.self)) }
                }
            }
        }
        var leaked = 0
        for c in cases {
            if let piece = Self.pieces(of: c).first(where: runs.contains) {
                leaked += 1
                Issue.record("\(c.label): \(piece.count) of the number's digits are in the public site")
            }
        }
        print("personal-data masking end to end: \(cases.count - leaked)/\(cases.count) numbers kept out of \(files.count) public files")
    }

    /// What must not be found: the number, and for IDs and cards (long enough that no other
    /// number on the site shares them by chance) its digits without the last or the first three.
    static func pieces(of c: Case) -> [String] {
        guard c.kind != .mobile else { return [c.digits] }
        return [c.digits, String(c.digits.prefix(c.digits.count - 3)), String(c.digits.suffix(c.digits.count - 3))]
    }

    /// The test's own reading of a file: tags out, entities and JSON escapes decoded, NFKC.
    static func readerText(_ text: String, path: String) -> String {
        var s = text
        if path.hasSuffix(".js") || path.hasSuffix(".json") {
            s = replacing(#"\\u([0-9a-fA-F]{4})"#, in: s) { hex in
                UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init).map { String($0) } ?? ""
            }
        }
        // Twice: a feed holds escaped HTML.
        for _ in 0..<2 {
            s = replacing("<[^>]*>", in: s) { _ in "" }
            s = replacing("&#[xX]([0-9a-fA-F]+);", in: s) { hex in UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init).map { String($0) } ?? "" }
            s = replacing("&#([0-9]+);", in: s) { dec in UInt32(dec).flatMap(Unicode.Scalar.init).map { String($0) } ?? "" }
            for (name, value) in ["&nbsp;": "\u{A0}", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&apos;": "'", "&amp;": "&"] {
                s = s.replacingOccurrences(of: name, with: value)
            }
        }
        return s.precomposedStringWithCompatibilityMapping
    }

    /// Runs of digits (and `X`) once every space, dash, dot and invisible character is removed.
    static func digitRuns(_ s: String) -> [String] {
        var out: [String] = [], current = ""
        for u in s.unicodeScalars {
            let p = u.properties
            if p.isWhitespace || p.generalCategory == .format || p.generalCategory == .dashPunctuation || u == "\u{2212}"
                || u == "\u{B7}" || u == "\u{30FB}" || u == "\u{FF65}" || u == "\u{2027}" || u == "\u{AD}" {
                continue
            }
            if ("0"..."9").contains(u) || u == "X" {
                current.unicodeScalars.append(u)
            } else if !current.isEmpty {
                if current.count >= 8 { out.append(current) }
                current = ""
            }
        }
        if current.count >= 8 { out.append(current) }
        return out
    }

    static func replacing(_ pattern: String, in s: String, _ with: (String) -> String) -> String {
        let regex = try! NSRegularExpression(pattern: pattern)
        let ns = s as NSString
        var out = "", last = 0
        for m in regex.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            out += with(m.numberOfRanges > 1 ? ns.substring(with: m.range(at: 1)) : ns.substring(with: m.range))
            last = m.range.location + m.range.length
        }
        return out + ns.substring(from: last)
    }

    // MARK: Numbers a reader expects

    @Test func numbersAReaderExpectsPassInEveryPlace() throws {
        var r = SplitMix64(seed: 0x0BE5_0003)
        var cases: [(file: String, label: String)] = []
        let site = try TestSite()
        var n = 0
        for _ in 0..<4 {
            for context in Self.contexts {
                for (category, value) in expectedNumbers(&r) {
                    // A list of region codes is written on several lines: the body only.
                    if value.contains("\n") && !context.multiline { continue }
                    n += 1
                    let (text, _) = Self.place(value, in: context, n: n)
                    try site.write("content/items/n\(n).md", text)
                    cases.append(("content/items/n\(n).md", "\(context.name), \(category): \(value.debugDescription)"))
                }
            }
        }
        let summary = try site.build()
        let flagged = Set(summary.diagnostics.filter { $0.code.hasPrefix("privacy.") }.compactMap { $0.location?.path })
        for c in cases where flagged.contains(c.file) { Issue.record("flagged: \(c.label)") }
        let other = summary.diagnostics.filter { $0.severity == .error && !$0.code.hasPrefix("privacy.") }
        #expect(other.isEmpty, "\(other.prefix(3))")
        print("personal-data end to end, numbers a reader expects: \(flagged.count)/\(cases.count) flagged (false-positive rate \(Double(flagged.count) / Double(cases.count)))")
        #expect(summary.wroteOutput == flagged.isEmpty)
    }
}
