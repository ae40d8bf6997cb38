/// Everything the front-matter reader can report, each with its stable code and its words in
/// both languages.
///
/// Kept in one place so that the wording stays consistent and every message has a test.
/// Messages say what was found and what to do instead.
enum FrontMatterProblem: Hashable, Sendable {
    // Splitting a Markdown file.
    /// The first line is not `---`; the line when it looks like a fence typed with other dashes.
    case missing(firstLine: String? = nil)
    case unclosed

    // Whole lines.
    case tab
    case fullwidthSpaceIndent
    case controlCharacter(Unicode.Scalar)
    /// A character that changes the direction text is shown in (U+202E …).
    case bidiControl(Unicode.Scalar)
    /// A double-quoted escape (`\e`, `\u202E`) that stands for a control character.
    case escapedControlCharacter(String, Unicode.Scalar)
    /// A carriage return with no line feed after it.
    case loneCarriageReturn
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
    /// `value`: what follows the colon on its line, to show the line as it should be.
    case fullwidthColon(key: String, value: String)
    case missingSpace(key: String)
    /// `-低保` where a list item `- 低保` was meant.
    case missingSpaceAfterDash(entry: String)
    case fullwidthSpaceAfterColon(key: String, value: String)
    /// `fixed`: the key without the full-width space.
    case fullwidthSpaceInKey(String, fixed: String)
    case smartQuotesKey(String)
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
    /// `curlyClose`: the line goes on to a curly quote, likely typed for the closing one.
    case unterminatedQuote(Unicode.Scalar, curlyClose: Bool = false)
    case unknownEscape(String)
    case badHexEscape(String, digits: Int)
    case invalidEscapedCharacter(String)
    case textAfterQuote
    /// `value`: the whole plain value, to show it quoted.
    case valueContainsColon(value: String)
    case valueEndsWithColon(value: String)
    case valueStartsWith(Unicode.Scalar)
    /// A plain value wrapped in curly quotes, `“关于……”`.
    case smartQuotes(String)
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
    /// An unquoted entry with a full-width comma; `fixed` is the list with ASCII commas.
    case fullwidthComma(fixed: String)
    case textAfterBracket

    var code: String {
        switch self {
        case .missing: "front-matter.missing"
        case .unclosed: "front-matter.unclosed"
        case .tab: "front-matter.tab"
        case .controlCharacter, .escapedControlCharacter: "front-matter.control-character"
        case .bidiControl: "front-matter.bidi-control"
        case .loneCarriageReturn: "source.lone-carriage-return"
        case .documentStart, .documentEnd: "front-matter.multiple-documents"
        case .tooDeep: "front-matter.too-deep"
        case .valueAlreadyGiven, .itemValueAlreadyGiven, .misalignedDash, .notAListItem, .matchesNoLevel:
            "front-matter.indentation"
        case .duplicateKey: "front-matter.duplicate-key"
        case .fullwidthColon: "front-matter.fullwidth-colon"
        case .missingSpace, .missingSpaceAfterDash: "front-matter.missing-space"
        case .fullwidthSpaceIndent, .fullwidthSpaceAfterColon, .fullwidthSpaceInKey: "front-matter.fullwidth-space"
        case .smartQuotes, .smartQuotesKey: "front-matter.smart-quotes"
        case .fullwidthComma: "front-matter.fullwidth-comma"
        case .anchor: "front-matter.anchor"
        case .alias: "front-matter.alias"
        case .tag: "front-matter.tag"
        case .unterminatedQuote: "front-matter.unterminated-quote"
        default: "front-matter.syntax"
        }
    }

    func text(in l: Language) -> String {
        let key = Wording.short(key ?? "")
        return switch self {
        case .missing:
            l.say("文件没有以 '---' 这一行开头；请把字段写在文件最开头的两行 '---' 之间",
                  "the file does not start with a '---' line; put the item's front matter between two '---' lines at the very top")
        case .unclosed:
            l.say("这一行 '---' 开始的字段区没有结束；请在最后一个字段的下一行加一行 '---'",
                  "the front matter opened by this '---' is never closed; add a '---' line after the last key")
        case .tab:
            l.say("不能用 Tab 键缩进；请删掉这个 Tab，需要缩进时用空格", "tabs cannot indent YAML; use spaces")
        case .fullwidthSpaceIndent:
            l.say("这一行用全角空格 '　' 缩进；请改用半角空格（英文空格）",
                  "this line is indented with a full-width space '　'; indent with ASCII spaces")
        case .controlCharacter(let s):
            l.say("这里有一个看不见的控制字符 \(s.codePoint)，字段区里不能有；请删除它",
                  "the invisible control character \(s.codePoint) cannot appear in front matter; delete it")
        case .bidiControl(let s):
            l.say("这里有一个看不见的文字方向控制符 \(s.codePoint)，它会让文字显示的顺序与实际内容不同，字段区里不能有；请删除它",
                  "the invisible direction control \(s.codePoint) cannot appear in front matter: it makes text show in another order than it is stored in; delete it")
        case .escapedControlCharacter(let escape, let s):
            l.say("'\(escape)' 表示看不见的\(s.isBidiControl ? "文字方向控制符" : "控制字符") \(s.codePoint)，字段区里不能有；请删除它",
                  "'\(escape)' stands for the invisible \(s.isBidiControl ? "direction control" : "control character") \(s.codePoint), which cannot appear in front matter; delete it")
        case .loneCarriageReturn:
            l.say("这里有一个单独的回车符 U+000D（后面没有换行符）；请把文件存成普通的换行格式（LF 或 CRLF）",
                  "a carriage return (U+000D) without a line feed after it; save the file with ordinary line ends (LF or CRLF)")
        case .documentStart:
            l.say("这一行 '---' 开始了第二个字段区，gongkai 不支持；请删去这一行",
                  "'---' starts a second YAML document; gongkai's front matter does not support multiple documents, so remove this line")
        case .documentEnd:
            l.say("'...' 表示字段区到此结束，gongkai 不支持这种写法；请删去这一行",
                  "'...' ends the YAML document; gongkai's front matter does not support multiple documents, so remove this line")
        case .tooDeep(let limit):
            l.say("字段嵌套超过 \(limit) 层，不支持；请减少层级",
                  "front matter nested more than \(limit) levels deep is not supported; flatten it")
        case .valueAlreadyGiven:
            l.say("这一行缩进在 '\(key)' 下面，但 '\(key)' 的冒号后面已经写了值；请把这一行与 '\(key)' 左对齐，要写多行文字时写成 '\(key): |'，再把下面各行缩进",
                  "this line is indented under '\(key)', whose value is already given after its ':'; line it up with '\(key)', or for text over several lines write '\(key): |' and indent the lines below it")
        case .itemValueAlreadyGiven:
            l.say("这一行缩进在一个列表项下面，但这个列表项已经有值；请与上面的 '-' 对齐，要写多行文字时写成 '- |'，再把下面各行缩进",
                  "this line is indented under a list item that already has its value; line it up with the '-' above, or for text over several lines write '- |' and indent the lines below it")
        case .misalignedDash(let found, let expected):
            l.say("这个 '-' 在第 \(found) 列，而上面列表的 '-' 在第 \(expected) 列；请把各行的 '-' 对齐",
                  "this '-' is at column \(found) but the list above has its '-' at column \(expected); line up the dashes")
        case .notAListItem(let keyColumn):
            l.say("这一行与上面的列表对齐，但没有以 '- ' 开头；请加上 '- '，或者退回到第 \(keyColumn) 列另起一个字段",
                  "this line lines up with the list above but does not start with '- '; add '- ', or move it back to column \(keyColumn) to start a new key")
        case .matchesNoLevel(let spaces, let levels):
            l.say("这一行缩进了 \(spaces) 个空格，与上面哪一层都对不齐（上面各层缩进 \(Wording.list(levels.map(String.init), in: l)) 个空格）；请与同一层的字段对齐",
                  "this line is indented \(spaces) \(spaces == 1 ? "space" : "spaces"), which lines up with no level above (\(Wording.list(levels.map(String.init), in: l)) spaces); line it up with the entries it belongs to")
        case .duplicateKey(_, let firstLine):
            l.say("字段 '\(key)' 重复了，第 \(firstLine) 行已经写过；只保留一个",
                  "duplicate key '\(key)', already set on line \(firstLine); keep only one")
        case .fullwidthColon:
            l.say("'\(key)：' 用了中文冒号 '：'；请改用英文冒号 ':'，冒号后面空一格",
                  "'\(key)：' uses a full-width colon '：'; type an ASCII colon ':' followed by a space")
        case .missingSpace:
            l.say("'\(key):' 后面少了一个空格；请写成 '\(key): '，再接着写值",
                  "a space is missing after '\(key):'; write '\(key): ' and then the value")
        case .missingSpaceAfterDash(let entry):
            l.say("'\(Wording.short(entry))' 的 '-' 后面少了一个空格，不能算作列表项；列表的每一项要写成 '- ' 加内容",
                  "a space is missing after the '-' of '\(Wording.short(entry))', so it is no list item; write each entry as '- ' and the text")
        case .fullwidthSpaceAfterColon:
            l.say("'\(key):' 后面是全角空格 '　'；冒号后面要用半角空格（英文空格）",
                  "'\(key):' is followed by a full-width space '　'; type an ASCII space after the colon")
        case .fullwidthSpaceInKey:
            l.say("字段名 '\(key)' 里有全角空格 '　'", "the key '\(key)' contains a full-width space '　'")
        case .smartQuotesKey:
            l.say("字段名 '\(key)' 带了中文弯引号；字段名不用加引号", "the key '\(key)' is in curly quotes; keys need no quotes")
        case .expectedKeyValue:
            l.say("这一行应该写成 '字段: 值'，但字段名后面没有 ':'",
                  "expected 'key: value', but this line has no ':' after a key")
        case .listItemWhereKeyExpected:
            l.say("这里应该是 '字段: 值'，却是一个列表项；列表要写在以 ':' 结尾的字段下面",
                  "found a list item where 'key: value' was expected; a list belongs under a key that ends with ':'")
        case .keyStartsWith(let s):
            l.say("字段名不能以 '\(s)' 开头；请给字段名加上英文引号", "a key cannot start with '\(s)'; put the key in quotes")
        case .keyIsList:
            l.say("字段名必须是文字，不能是 '[ ]' 列表", "a key must be text, not a '[ ]' list")
        case .complexKey:
            l.say("不支持 '? ' 开头的复杂字段名；请写成 '字段: 值'", "complex keys ('? ') are not supported; write 'key: value'")
        case .emptyKey:
            l.say("':' 前面缺少字段名", "a key is missing before ':'")
        case .expectedColonAfterQuotedKey:
            l.say("加了引号的字段名后面应该是 ':' 和一个空格", "expected ':' and a space after the quoted key")
        case .anchor(let token):
            l.say("'\(token)' 是 YAML 的锚点写法，gongkai 不支持；请直接写出值（以 '&' 开头的文字请加引号）",
                  "'\(token)' is an anchor; gongkai's front matter does not support anchors, so write the value out (or quote text that starts with '&')")
        case .alias(let token):
            l.say("'\(token)' 是 YAML 的别名写法，gongkai 不支持；请直接写出值（以 '*' 开头的文字请加引号）",
                  "'\(token)' is an alias; gongkai's front matter does not support aliases, so write the value out (or quote text that starts with '*')")
        case .tag(let token):
            l.say("'\(token)' 是 YAML 的类型标签，gongkai 不支持（类型由字段决定）；请删去它（以 '!' 开头的文字请加引号）",
                  "'\(token)' is a tag; gongkai's front matter does not support tags (types come from the field), so remove it (or quote text that starts with '!')")
        case .unterminatedQuote(let quote, _):
            l.say("这段\(quote == "'" ? "单" : "双")引号里的文字在本行没有结束；请补上结尾的 \(quote)（多行文字请用 '|'）",
                  "this \(quote == "'" ? "single" : "double")-quoted text is not closed on the same line; add the closing \(quote) (for text over several lines, use '|')")
        case .unknownEscape(let escape):
            l.say("双引号里的 '\(escape)' 不是有效的转义写法；反斜杠本身请写成 '\\\\'",
                  "unknown escape '\(escape)' in double-quoted text; write '\\\\' for a backslash")
        case .badHexEscape(let escape, let digits):
            l.say("'\(escape)' 后面必须跟 \(digits) 位十六进制数字", "'\(escape)' must be followed by \(digits) hexadecimal digits")
        case .invalidEscapedCharacter(let escape):
            l.say("'\(escape)' 不是有效的字符", "'\(escape)' is not a valid character")
        case .textAfterQuote:
            l.say("结尾的引号后面还有文字；请把整个值都放在引号里",
                  "unexpected text after the closing quote; put the whole value inside the quotes")
        case .valueContainsColon:
            l.say("这个值里有 ': '，会被当成另一个字段；请给整个值加上英文引号",
                  "this value contains ': ', which YAML reads as another key; put the whole value in quotes")
        case .valueEndsWithColon:
            l.say("这个值以 ':' 结尾，会被当成另一个字段；请给整个值加上英文引号",
                  "this value ends with ':', which YAML reads as another key; put the whole value in quotes")
        case .valueStartsWith(let s):
            l.say("值不能以 '\(s)' 开头；请给整个值加上英文引号", "a value cannot start with '\(s)'; put the whole value in quotes")
        case .smartQuotes(let text):
            l.say("'\(Wording.short(text))' 用的是中文弯引号，弯引号会被当成内容的一部分",
                  "'\(Wording.short(text))' is in curly quotes, which YAML keeps as part of the text")
        case .listOnKeyLine:
            l.say("'- ' 列表不能和字段写在同一行；请把每个 '- ' 项写在字段下面，各占一行",
                  "a '- ' list cannot start on the same line as its key; put each '- ' item on its own line below the key")
        case .folded:
            l.say("不支持 '>' 折叠文字；多行文字请用 '|'", "folded text ('>') is not supported; use '|' for text over several lines")
        case .flowMapping:
            l.say("不支持 '{ }' 写法；请每行写一个 '字段: 值'，缩进写在上级字段下面",
                  "'{ }' mappings are not supported; write one 'key: value' per line, indented below the key")
        case .severalLines:
            l.say("多行文字要用 '|'：请写成 '\(key): |'，再把下面各行缩进",
                  "text over several lines needs '|': write '\(key): |' and indent the lines below it")
        case .textAfterLiteralHeader:
            l.say("'|' 后面不能再写文字；'|' 的内容从下一行开始写",
                  "unexpected text after '|'; the text of a '|' block starts on the next line")
        case .zeroIndentationIndicator:
            l.say("'|' 后面的缩进数字只能是 1 到 9", "the indentation number after '|' must be 1 to 9")
        case .unclosedBracket:
            l.say("这个 '[' 在本行没有对应的 ']'；'[ ]' 列表要写在一行里，或者改成每行一个 '- ' 项",
                  "this '[' has no closing ']' on the same line; keep a '[ ]' list on one line, or write one '- ' item per line")
        case .nestedFlowList:
            l.say("'[ ]' 列表里不能再套列表；请改成每行一个 '- ' 项",
                  "lists inside a '[ ]' list are not supported; write one '- ' item per line")
        case .colonInFlowList:
            l.say("'[ ]' 列表里不能有 ':' 加空格；请给这个值加上英文引号",
                  "':' followed by a space inside a '[ ]' list is not supported; put the value in quotes")
        case .emptyFlowEntry:
            l.say("'[ ]' 列表里有一项是空的；请删去多余的 ','", "empty entry in a '[ ]' list; remove the extra ','")
        case .expectedCommaOrBracket:
            l.say("'[ ]' 列表里每个值后面应该是 ',' 或 ']'", "expected ',' or ']' after a value in a '[ ]' list")
        case .flowIndicatorInValue(let s):
            l.say("'[ ]' 列表里没加引号的值不能含有 '\(s)'；请给这个值加上英文引号",
                  "'\(s)' cannot appear in an unquoted value inside a '[ ]' list; put the value in quotes")
        case .fullwidthComma:
            l.say("这个 '[ ]' 列表用中文逗号 '，' 分隔，会被当成一整项",
                  "this '[ ]' list separates its entries with a full-width comma '，', so they read as one entry")
        case .textAfterBracket:
            l.say("']' 后面还有多余的文字", "unexpected text after ']'")
        }
    }

    /// What to type instead, for the slips a Chinese keyboard makes.
    var hint: DiagnosticHint? {
        switch self {
        case .missing(let firstLine?): .typeThreeHyphens(found: firstLine)
        case .fullwidthSpaceIndent: .halfWidthSpaces
        case .fullwidthColon(let key, let value): .write("\(Wording.short(key)): \(Wording.short(value))")
        case .fullwidthSpaceAfterColon(let key, let value): .write("\(Wording.short(key)): \(Wording.short(value))")
        case .fullwidthSpaceInKey(_, let fixed): .write("\(fixed):")
        case .smartQuotesKey(let key): .write("\(key.trimmingCurlyQuotes):")
        case .smartQuotes(let text):
            text.trimmingCurlyQuotes.isWord ? .dropQuotes(text.trimmingCurlyQuotes) : .straightQuotes(Wording.short(text.trimmingCurlyQuotes))
        case .unterminatedQuote(_, curlyClose: true): .straightClosingQuote
        case .fullwidthComma(let fixed): .commas(Wording.short(fixed, limit: 80))
        case .valueContainsColon(let value), .valueEndsWithColon(let value):
            value.contains("\"") || value.contains("\\") ? nil : .quoteValue(Wording.short(value, limit: 80))
        default: nil
        }
    }

    /// The key a message names, if any.
    private var key: String? {
        switch self {
        case .valueAlreadyGiven(let key), .duplicateKey(let key, _), .fullwidthColon(let key, _), .missingSpace(let key),
             .severalLines(let key), .fullwidthSpaceAfterColon(let key, _), .fullwidthSpaceInKey(let key, _),
             .smartQuotesKey(let key):
            key
        default:
            nil
        }
    }

    func diagnostic(at location: SourceLocation) -> Diagnostic {
        // A line holding an invisible control is not printed under the message: the terminal
        // would act on it or show it in another order.
        Diagnostic(.error, code, .frontMatter(self), at: location, hint: hint, mayQuoteSource: !showsInvisible)
    }

    private var showsInvisible: Bool {
        switch self {
        case .controlCharacter, .bidiControl, .escapedControlCharacter, .loneCarriageReturn: true
        default: false
        }
    }
}

extension Unicode.Scalar {
    /// `U+0000`: how an invisible character is named in a message.
    var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension String {
    /// The text without the curly quotes around it (`“关于……”` → `关于……`).
    var trimmingCurlyQuotes: String {
        var scalars = Substring.UnicodeScalarView(unicodeScalars)
        if let first = scalars.first, first.isCurlyQuote { scalars.removeFirst() }
        if let last = scalars.last, last.isCurlyQuote || last == "\"" || last == "'" { scalars.removeLast() }
        return String(scalars)
    }
}

extension String {
    /// Whether this is one word as a closed vocabulary, an id or a date spells it (`decision`,
    /// `ad-hoc`, `2026-03-05`), which needs no quotes at all.
    var isWord: Bool {
        !isEmpty && unicodeScalars.count <= 40
            && unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
    }
}

extension Unicode.Scalar {
    /// `“ ” ‘ ’`, which Chinese input methods type for `"` and `'`.
    var isCurlyQuote: Bool { self == "\u{201C}" || self == "\u{201D}" || self == "\u{2018}" || self == "\u{2019}" }
}
