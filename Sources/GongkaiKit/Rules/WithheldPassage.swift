import Foundation

/// A passage of a public item withheld from the public edition (区分处理, 条例 Art. 37). Written
/// as a fenced block whose info string is `withheld`, a confidentiality flag naming the reason,
/// and optionally a short description of what was withheld:
///
/// ````markdown
/// ```withheld personal-privacy 申请人家庭住址
/// 张某某，住东风村3组12号。
/// ```
/// ````
///
/// The public edition shows a notice of what kind of content was withheld and why; the internal
/// edition shows the passage, marked as internal.
public struct WithheldPassage: Sendable, Equatable {
    public var reason: ConfidentialityFlag
    public var note: String?
    /// The passage's Markdown.
    public var markdown: String
    public var position: MarkdownSourcePosition

    static let keyword = "withheld"

    /// Whether a fence's info string marks a withheld passage.
    static func isWithheld(info: String) -> Bool {
        info.split(separator: " ", maxSplits: 1).first.map(String.init) == keyword
    }

    /// The reason and note of a `withheld` info string, or the text of the problem.
    static func parse(info: String) -> Result<(ConfidentialityFlag, String?), WithheldProblem> {
        let parts = info.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
        guard parts.count >= 2 else { return .failure(.missingReason) }
        guard let flag = ConfidentialityFlag(rawValue: parts[1]) else { return .failure(.unknownReason(parts[1])) }
        let note = parts.count > 2 ? parts[2].trimmingCharacters(in: .whitespaces) : nil
        return .success((flag, note?.isEmpty == true ? nil : note))
    }
}

enum WithheldProblem: Error, Equatable {
    case missingReason
    case unknownReason(String)
}

extension MarkdownBlock {
    /// Whether this is a fence marked `withheld` (at the top level of a body, a withheld passage).
    var isWithheldFence: Bool {
        if case let .codeBlock(info, _, _) = self { return WithheldPassage.isWithheld(info: info) }
        return false
    }
}

extension MarkdownDocument {
    /// Withheld passages at the top level of the body.
    var withheldPassages: [WithheldPassage] {
        blocks.compactMap { block in
            guard case let .codeBlock(info, literal, at) = block, WithheldPassage.isWithheld(info: info),
                  case let .success((flag, note)) = WithheldPassage.parse(info: info) else { return nil }
            return WithheldPassage(reason: flag, note: note, markdown: literal, position: at)
        }
    }
}

extension WithheldPassage {
    /// Problems with the withheld passages of an item: a fence without a valid reason, or one
    /// nested inside a list or quote (where it would render as code).
    static func check(_ item: Item) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let reasons = ConfidentialityFlag.allCases.map(\.rawValue)
        let topLevel = Set(item.document.blocks.map(\.position))
        for block in item.document.allBlocks {
            guard case let .codeBlock(info, _, at) = block, isWithheld(info: info) else { continue }
            let location = at.location(in: item.path, lineOffset: item.bodyFirstLine - 1)
            if !topLevel.contains(at) {
                out.append(Diagnostic(.error, "withheld.nested", .item(.withheldNested), at: location, hint: .moveWithheldOut))
                continue
            }
            switch parse(info: info) {
            case .success: break
            case .failure(.missingReason):
                out.append(Diagnostic(.error, "withheld.missing-reason", .item(.withheldMissingReason), at: location,
                                      hint: .oneOf(reasons)))
            case let .failure(.unknownReason(word)):
                out.append(Diagnostic(.error, "withheld.unknown-reason", .item(.withheldUnknownReason(word, reasons: reasons)),
                                      at: location, hint: Suggestion.closest(to: word, among: reasons).map(DiagnosticHint.didYouMean)))
            }
        }
        return out
    }
}
