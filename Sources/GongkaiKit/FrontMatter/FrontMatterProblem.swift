/// Everything the front-matter reader can report, each with its stable code and its words.
///
/// Kept in one place so that the wording stays consistent and every message has a test.
/// Messages are lowercase, say what was found and what to do instead.
enum FrontMatterProblem: Equatable {
    // Splitting a Markdown file.
    case missing
    case unclosed

    // Whole lines.
    case tab
    case controlCharacter(Unicode.Scalar)
    case documentStart
    case documentEnd
    case tooDeep(limit: Int)

    // Indentation.
    case valueAlreadyGiven(key: String)
    case itemValueAlreadyGiven
    case misalignedDash(found: Int, expected: Int)
    case notAListItem(keyColumn: Int)
    case matchesNoLevel(spaces: Int, levels: [Int])

    // Keys.
    case duplicateKey(String, firstLine: Int)
    case fullwidthColon(key: String)
    case missingSpace(key: String)
    case expectedKeyValue
    case listItemWhereKeyExpected
    case keyStartsWith(Unicode.Scalar)
    case keyIsList
    case complexKey
    case emptyKey
    case expectedColonAfterQuotedKey

    // Values.
    case anchor(String)
    case alias(String)
    case tag(String)
    case unterminatedQuote(Unicode.Scalar)
    case unknownEscape(String)
    case badHexEscape(String, digits: Int)
    case invalidEscapedCharacter(String)
    case textAfterQuote
    case valueContainsColon
    case valueEndsWithColon
    case valueStartsWith(Unicode.Scalar)
    case listOnKeyLine
    case folded
    case flowMapping
    case severalLines(key: String)
    case textAfterLiteralHeader
    case zeroIndentationIndicator

    // `[ ]` lists.
    case unclosedBracket
    case nestedFlowList
    case colonInFlowList
    case emptyFlowEntry
    case expectedCommaOrBracket
    case flowIndicatorInValue(Unicode.Scalar)
    case textAfterBracket

    var code: String {
        switch self {
        case .missing: "front-matter.missing"
        case .unclosed: "front-matter.unclosed"
        case .tab: "front-matter.tab"
        case .controlCharacter: "front-matter.control-character"
        case .documentStart, .documentEnd: "front-matter.multiple-documents"
        case .tooDeep: "front-matter.too-deep"
        case .valueAlreadyGiven, .itemValueAlreadyGiven, .misalignedDash, .notAListItem, .matchesNoLevel:
            "front-matter.indentation"
        case .duplicateKey: "front-matter.duplicate-key"
        case .fullwidthColon: "front-matter.fullwidth-colon"
        case .missingSpace: "front-matter.missing-space"
        case .anchor: "front-matter.anchor"
        case .alias: "front-matter.alias"
        case .tag: "front-matter.tag"
        case .unterminatedQuote: "front-matter.unterminated-quote"
        default: "front-matter.syntax"
        }
    }

    var message: String {
        let key = Self.short(key ?? "")
        return switch self {
        case .missing:
            "the file does not start with a '---' line; put the item's front matter between two '---' lines at the very top"
        case .unclosed:
            "the front matter opened by this '---' is never closed; add a '---' line after the last key"
        case .tab:
            "tabs cannot indent YAML; use spaces"
        case .controlCharacter(let s):
            "the invisible control character \(s.codePoint) cannot appear in front matter; delete it"
        case .documentStart:
            "'---' starts a second YAML document; gongkai's front matter does not support multiple documents, so remove this line"
        case .documentEnd:
            "'...' ends the YAML document; gongkai's front matter does not support multiple documents, so remove this line"
        case .tooDeep(let limit):
            "front matter nested more than \(limit) levels deep is not supported; flatten it"
        case .valueAlreadyGiven:
            "this line is indented under '\(key)', whose value is already given after its ':'; line it up with '\(key)', or for text over several lines write '\(key): |' and indent the lines below it"
        case .itemValueAlreadyGiven:
            "this line is indented under a list item that already has its value; line it up with the '-' above, or for text over several lines write '- |' and indent the lines below it"
        case .misalignedDash(let found, let expected):
            "this '-' is at column \(found) but the list above has its '-' at column \(expected); line up the dashes"
        case .notAListItem(let keyColumn):
            "this line lines up with the list above but does not start with '- '; add '- ', or move it back to column \(keyColumn) to start a new key"
        case .matchesNoLevel(let spaces, let levels):
            "this line is indented \(spaces) \(spaces == 1 ? "space" : "spaces"), which lines up with no level above (\(Self.list(levels)) spaces); line it up with the entries it belongs to"
        case .duplicateKey(_, let firstLine):
            "duplicate key '\(key)', already set on line \(firstLine); keep only one"
        case .fullwidthColon:
            "'\(key)：' uses a full-width colon '：'; type an ASCII colon ':' followed by a space"
        case .missingSpace:
            "a space is missing after '\(key):'; write '\(key): ' and then the value"
        case .expectedKeyValue:
            "expected 'key: value', but this line has no ':' after a key"
        case .listItemWhereKeyExpected:
            "found a list item where 'key: value' was expected; a list belongs under a key that ends with ':'"
        case .keyStartsWith(let s):
            "a key cannot start with '\(s)'; put the key in quotes"
        case .keyIsList:
            "a key must be text, not a '[ ]' list"
        case .complexKey:
            "complex keys ('? ') are not supported; write 'key: value'"
        case .emptyKey:
            "a key is missing before ':'"
        case .expectedColonAfterQuotedKey:
            "expected ':' and a space after the quoted key"
        case .anchor(let token):
            "'\(token)' is an anchor; gongkai's front matter does not support anchors, so write the value out (or quote text that starts with '&')"
        case .alias(let token):
            "'\(token)' is an alias; gongkai's front matter does not support aliases, so write the value out (or quote text that starts with '*')"
        case .tag(let token):
            "'\(token)' is a tag; gongkai's front matter does not support tags (types come from the field), so remove it (or quote text that starts with '!')"
        case .unterminatedQuote(let quote):
            "this \(quote == "'" ? "single" : "double")-quoted text is not closed on the same line; add the closing \(quote) (for text over several lines, use '|')"
        case .unknownEscape(let escape):
            "unknown escape '\(escape)' in double-quoted text; write '\\\\' for a backslash"
        case .badHexEscape(let escape, let digits):
            "'\(escape)' must be followed by \(digits) hexadecimal digits"
        case .invalidEscapedCharacter(let escape):
            "'\(escape)' is not a valid character"
        case .textAfterQuote:
            "unexpected text after the closing quote; put the whole value inside the quotes"
        case .valueContainsColon:
            "this value contains ': ', which YAML reads as another key; put the whole value in quotes"
        case .valueEndsWithColon:
            "this value ends with ':', which YAML reads as another key; put the whole value in quotes"
        case .valueStartsWith(let s):
            "a value cannot start with '\(s)'; put the whole value in quotes"
        case .listOnKeyLine:
            "a '- ' list cannot start on the same line as its key; put each '- ' item on its own line below the key"
        case .folded:
            "folded text ('>') is not supported; use '|' for text over several lines"
        case .flowMapping:
            "'{ }' mappings are not supported; write one 'key: value' per line, indented below the key"
        case .severalLines:
            "text over several lines needs '|': write '\(key): |' and indent the lines below it"
        case .textAfterLiteralHeader:
            "unexpected text after '|'; the text of a '|' block starts on the next line"
        case .zeroIndentationIndicator:
            "the indentation number after '|' must be 1 to 9"
        case .unclosedBracket:
            "this '[' has no closing ']' on the same line; keep a '[ ]' list on one line, or write one '- ' item per line"
        case .nestedFlowList:
            "lists inside a '[ ]' list are not supported; write one '- ' item per line"
        case .colonInFlowList:
            "':' followed by a space inside a '[ ]' list is not supported; put the value in quotes"
        case .emptyFlowEntry:
            "empty entry in a '[ ]' list; remove the extra ','"
        case .expectedCommaOrBracket:
            "expected ',' or ']' after a value in a '[ ]' list"
        case .flowIndicatorInValue(let s):
            "'\(s)' cannot appear in an unquoted value inside a '[ ]' list; put the value in quotes"
        case .textAfterBracket:
            "unexpected text after ']'"
        }
    }

    /// The key a message names, if any.
    private var key: String? {
        switch self {
        case .valueAlreadyGiven(let key), .duplicateKey(let key, _), .fullwidthColon(let key), .missingSpace(let key),
             .severalLines(let key):
            key
        default:
            nil
        }
    }

    /// Text quoted in a message, cut short if long.
    private static func short(_ text: String) -> String {
        text.unicodeScalars.count <= 40 ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(40))) + "…"
    }

    private static func list(_ levels: [Int]) -> String {
        let words = levels.map(String.init)
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + words.last!
    }

    func diagnostic(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, message, at: location)
    }
}

extension Unicode.Scalar {
    /// `U+0000`: how an invisible character is named in a message.
    var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
