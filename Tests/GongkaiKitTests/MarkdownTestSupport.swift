import Ccmark
import Foundation
import Testing
@testable import GongkaiKit

/// One example of a spec file in the CommonMark spec's format: a line of 32 backticks and
/// ` example` (or ` example table`), the Markdown, a line `.`, the HTML, 32 backticks. `→` is a tab.
struct SpecExample: Sendable, CustomTestStringConvertible {
    var number: Int
    var line: Int
    var section: String
    var markdown: String
    var html: String

    var testDescription: String { "example \(number) (line \(line), \(section))" }

    /// The examples of `path` (relative to the specs directory); empty if it cannot be read.
    static func load(_ path: String, marker: String = "example") -> [SpecExample] {
        let url = specsDirectory().appendingPathComponent(path)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var section = ""
        var current: (line: Int, markdown: [String], html: [String], inHTML: Bool)?
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if var example = current {
                if line == fence {
                    examples.append(SpecExample(
                        number: examples.count + 1, line: example.line, section: section,
                        markdown: example.markdown.map { $0 + "\n" }.joined(),
                        html: example.html.map { $0 + "\n" }.joined()))
                    current = nil
                } else if line == ".", !example.inHTML {
                    example.inHTML = true
                    current = example
                } else {
                    let tabbed = line.replacingOccurrences(of: "→", with: "\t")
                    if example.inHTML { example.html.append(tabbed) } else { example.markdown.append(tabbed) }
                    current = example
                }
            } else if line == "\(fence) \(marker)" {
                current = (index + 1, [], [], false)
            } else if line.hasPrefix("#"), let space = line.firstIndex(of: " ") {
                section = String(line[line.index(after: space)...])
            }
        }
        return examples
    }
}

/// Renders Markdown with gongkai.
func gongkaiHTML(_ markdown: String, _ options: MarkdownRenderOptions = MarkdownRenderOptions()) -> String {
    MarkdownHTMLRenderer(options: options).render(MarkdownDocument(parsing: markdown))
}

/// libcmark's own HTML for `markdown` (default options: safe mode), the oracle for safe mode.
func cmarkHTML(_ markdown: String) -> String {
    let html = markdown.withCString { cmark_markdown_to_html($0, markdown.utf8.count, CMARK_OPT_DEFAULT) }
    guard let html else { return "" }
    defer { free(html) }
    return String(cString: html)
}

/// `html` with the `id` attributes of headings removed: cmark and the spec have no heading
/// anchors, gongkai adds them, and nothing else may differ.
func withoutHeadingIDs(_ html: String) -> String {
    html.replacing(#/<h([1-6]) id="[^"]*">/#) { match in "<h\(match.1)>" }
}
