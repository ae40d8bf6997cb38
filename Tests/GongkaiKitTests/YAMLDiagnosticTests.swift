import Testing
@testable import GongkaiKit

// One test per diagnostic: code, message, line and column.

@Test func refusesATabIndentingALine() {
    expectYAMLError("feedback:\n  \tphone: x\n", "front-matter.tab", "tabs cannot indent YAML; use spaces", line: 2, column: 3)
}

@Test func refusesATabAfterAListDash() {
    expectYAMLError("a:\n  -\tx\n", "front-matter.tab", "tabs cannot indent YAML; use spaces", line: 2, column: 4)
}

@Test func refusesControlCharacters() {
    expectYAMLError("a: x\u{0}y\n", "front-matter.control-character",
                    "the invisible control character U+0000 cannot appear in front matter; delete it", line: 1, column: 5)
}

@Test func refusesASecondDocument() {
    expectYAMLError("a: 1\n---\nb: 2\n", "front-matter.multiple-documents",
                    "'---' starts a second YAML document; gongkai's front matter does not support multiple documents, so remove this line",
                    line: 2, column: 1)
}

@Test func refusesADocumentEndMarker() {
    expectYAMLError("a: 1\n...\n", "front-matter.multiple-documents",
                    "'...' ends the YAML document; gongkai's front matter does not support multiple documents, so remove this line",
                    line: 2, column: 1)
}

@Test func refusesNestingDeeperThanTheLimit() {
    let yaml = "a:\n" + (1...80).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
    expectYAMLError(yaml, "front-matter.too-deep", "front matter nested more than 64 levels deep is not supported; flatten it",
                    line: 65, column: 65)
}

@Test func refusesDeepNestingOnOneLine() {
    let yaml = "a:\n" + String(repeating: "- ", count: 100_000) + "x\n"
    expectYAMLError(yaml, "front-matter.too-deep", "front matter nested more than 64 levels deep is not supported; flatten it",
                    line: 2, column: 127)
}

@Test func refusesALineIndentedUnderAScalarValue() {
    expectYAMLError("title: 关于\n  低保的通知\n", "front-matter.indentation",
                    "this line is indented under 'title', whose value is already given after its ':'; line it up with 'title', or for text over several lines write 'title: |' and indent the lines below it",
                    line: 2, column: 3)
}

@Test func refusesALineIndentedUnderAScalarListItem() {
    expectYAMLError("a:\n  - x\n    y\n", "front-matter.indentation",
                    "this line is indented under a list item that already has its value; line it up with the '-' above, or for text over several lines write '- |' and indent the lines below it",
                    line: 3, column: 5)
}

@Test func refusesAListItemIndentedTooFar() {
    expectYAMLError("a:\n  - x\n   - y\n", "front-matter.indentation",
                    "this '-' is at column 4 but the list above has its '-' at column 3; line up the dashes", line: 3, column: 4)
}

@Test func refusesAListItemIndentedTooLittle() {
    expectYAMLError("a:\n   - x\n  - y\n", "front-matter.indentation",
                    "this '-' is at column 3 but the list above has its '-' at column 4; line up the dashes", line: 3, column: 3)
}

@Test func refusesALineAlignedWithAListThatIsNotAnItem() {
    expectYAMLError("a:\n  - x\n  b: 1\n", "front-matter.indentation",
                    "this line lines up with the list above but does not start with '- '; add '- ', or move it back to column 1 to start a new key",
                    line: 3, column: 3)
}

@Test func refusesAKeyBetweenLevels() {
    expectYAMLError("a:\n    b: 1\n  c: 2\n", "front-matter.indentation",
                    "this line is indented 2 spaces, which lines up with no level above (0 or 4 spaces); line it up with the entries it belongs to",
                    line: 3, column: 3)
}

@Test func refusesARootLessIndentedThanItsFirstLine() {
    expectYAMLError("  a: 1\nb: 2\n", "front-matter.indentation",
                    "this line is indented 0 spaces, which lines up with no level above (2 spaces); line it up with the entries it belongs to",
                    line: 2, column: 1)
}

@Test func refusesADuplicateKey() {
    expectYAMLError("title: a\nkind: notice\ntitle: b\n", "front-matter.duplicate-key",
                    "duplicate key 'title', already set on line 2; keep only one", line: 4, column: 1, firstLine: 2)
}

@Test func refusesAFullWidthColonAfterAKey() {
    expectYAMLError("title：关于低保的通知\n", "front-matter.fullwidth-colon",
                    "'title：' uses a full-width colon '：'; type an ASCII colon ':' followed by a space", line: 1, column: 6)
}

@Test func refusesAFullWidthColonFollowedByASpaceInANestedMapping() {
    expectYAMLError("feedback:\n  phone： 0571-1\n", "front-matter.fullwidth-colon",
                    "'phone：' uses a full-width colon '：'; type an ASCII colon ':' followed by a space", line: 2, column: 8)
}

@Test func refusesAFullWidthColonInAListOfMappings() {
    expectYAMLError("steps:\n  - name：受理\n    role: 窗口\n", "front-matter.fullwidth-colon",
                    "'name：' uses a full-width colon '：'; type an ASCII colon ':' followed by a space", line: 2, column: 9)
}

@Test func refusesAMissingSpaceAfterTheColon() {
    expectYAMLError("title:通知\n", "front-matter.missing-space",
                    "a space is missing after 'title:'; write 'title: ' and then the value", line: 1, column: 6)
}

@Test func refusesALineWithoutAKey() {
    expectYAMLError("title 通知\n", "front-matter.syntax", "expected 'key: value', but this line has no ':' after a key",
                    line: 1, column: 1)
}

@Test func refusesAListWhereAKeyIsExpected() {
    expectYAMLError("title: x\n- y\n", "front-matter.syntax",
                    "found a list item where 'key: value' was expected; a list belongs under a key that ends with ':'",
                    line: 2, column: 1)
}

@Test func refusesAKeyStartingWithAnIndicator() {
    expectYAMLError("%YAML 1.2\n", "front-matter.syntax", "a key cannot start with '%'; put the key in quotes", line: 1, column: 1)
}

@Test func refusesAListAsAKey() {
    expectYAMLError("[a]: x\n", "front-matter.syntax", "a key must be text, not a '[ ]' list", line: 1, column: 1)
}

@Test func refusesAComplexKey() {
    expectYAMLError("? a\n: b\n", "front-matter.syntax", "complex keys ('? ') are not supported; write 'key: value'",
                    line: 1, column: 1)
}

@Test func refusesAnEmptyKey() {
    expectYAMLError("a: 1\n: 2\n", "front-matter.syntax", "a key is missing before ':'", line: 2, column: 1)
}

@Test func refusesAQuotedKeyWithoutAColon() {
    expectYAMLError("\"a\" x: 1\n", "front-matter.syntax", "expected ':' and a space after the quoted key", line: 1, column: 5)
}

@Test func refusesAnAnchor() {
    expectYAMLError("a: &base x\n", "front-matter.anchor",
                    "'&base' is an anchor; gongkai's front matter does not support anchors, so write the value out (or quote text that starts with '&')",
                    line: 1, column: 4)
}

@Test func refusesAnAlias() {
    expectYAMLError("a: x\nb: *重点*\n", "front-matter.alias",
                    "'*重点*' is an alias; gongkai's front matter does not support aliases, so write the value out (or quote text that starts with '*')",
                    line: 2, column: 4)
}

@Test func refusesATag() {
    expectYAMLError("year: !!str 2026\n", "front-matter.tag",
                    "'!!str' is a tag; gongkai's front matter does not support tags (types come from the field), so remove it (or quote text that starts with '!')",
                    line: 1, column: 7)
}

@Test func refusesAnUnterminatedDoubleQuote() {
    expectYAMLError("title: \"关于低保\n", "front-matter.unterminated-quote",
                    "this double-quoted text is not closed on the same line; add the closing \" (for text over several lines, use '|')",
                    line: 1, column: 8)
}

@Test func refusesAnUnterminatedSingleQuoteInAList() {
    expectYAMLError("a: ['x, y]\n", "front-matter.unterminated-quote",
                    "this single-quoted text is not closed on the same line; add the closing ' (for text over several lines, use '|')",
                    line: 1, column: 5)
}

@Test func refusesAnUnknownEscape() {
    expectYAMLError(#"a: "C:\q""#, "front-matter.syntax",
                    #"unknown escape '\q' in double-quoted text; write '\\' for a backslash"#, line: 1, column: 7)
}

@Test func refusesAShortHexEscape() {
    expectYAMLError(#"a: "\u12G4""#, "front-matter.syntax", #"'\u' must be followed by 4 hexadecimal digits"#,
                    line: 1, column: 5)
}

@Test func refusesAnEscapedSurrogate() {
    expectYAMLError(#"a: "\uD800""#, "front-matter.syntax", #"'\uD800' is not a valid character"#, line: 1, column: 5)
}

@Test func refusesTextAfterAClosingQuote() {
    expectYAMLError("a: \"x\" y\n", "front-matter.syntax",
                    "unexpected text after the closing quote; put the whole value inside the quotes", line: 1, column: 8)
}

@Test func refusesAColonAndSpaceInAPlainValue() {
    expectYAMLError("title: 会议时间: 上午\n", "front-matter.syntax",
                    "this value contains ': ', which YAML reads as another key; put the whole value in quotes", line: 1, column: 12)
}

@Test func refusesAPlainValueEndingInAColon() {
    expectYAMLError("a: 注意:\n", "front-matter.syntax",
                    "this value ends with ':', which YAML reads as another key; put the whole value in quotes", line: 1, column: 6)
}

@Test func refusesAValueStartingWithAReservedCharacter() {
    expectYAMLError("a: @x\n", "front-matter.syntax", "a value cannot start with '@'; put the whole value in quotes",
                    line: 1, column: 4)
}

@Test func refusesAListOnTheKeyLine() {
    expectYAMLError("a: - x\n", "front-matter.syntax",
                    "a '- ' list cannot start on the same line as its key; put each '- ' item on its own line below the key",
                    line: 1, column: 4)
}

@Test func refusesFoldedText() {
    expectYAMLError("a: >\n  x\n", "front-matter.syntax", "folded text ('>') is not supported; use '|' for text over several lines",
                    line: 1, column: 4)
}

@Test func refusesAFlowMapping() {
    expectYAMLError("a: {b: 1}\n", "front-matter.syntax",
                    "'{ }' mappings are not supported; write one 'key: value' per line, indented below the key", line: 1, column: 4)
}

@Test func refusesPlainTextOverSeveralLines() {
    expectYAMLError("summary:\n  第一行\n  第二行\n", "front-matter.syntax",
                    "text over several lines needs '|': write 'summary: |' and indent the lines below it", line: 3, column: 3)
}

@Test func refusesTextAfterALiteralHeader() {
    expectYAMLError("a: | x\n", "front-matter.syntax",
                    "unexpected text after '|'; the text of a '|' block starts on the next line", line: 1, column: 6)
}

@Test func refusesAZeroIndentationIndicator() {
    expectYAMLError("a: |0\n  x\n", "front-matter.syntax", "the indentation number after '|' must be 1 to 9", line: 1, column: 5)
}

@Test func refusesAnUnclosedFlowList() {
    expectYAMLError("a: [x, y\n", "front-matter.syntax",
                    "this '[' has no closing ']' on the same line; keep a '[ ]' list on one line, or write one '- ' item per line",
                    line: 1, column: 4)
}

@Test func refusesANestedFlowList() {
    expectYAMLError("a: [x, [y]]\n", "front-matter.syntax",
                    "lists inside a '[ ]' list are not supported; write one '- ' item per line", line: 1, column: 8)
}

@Test func refusesAColonInAFlowList() {
    expectYAMLError("a: [x: y]\n", "front-matter.syntax",
                    "':' followed by a space inside a '[ ]' list is not supported; put the value in quotes", line: 1, column: 6)
}

@Test func refusesAnEmptyFlowEntry() {
    expectYAMLError("a: [x, , y]\n", "front-matter.syntax", "empty entry in a '[ ]' list; remove the extra ','",
                    line: 1, column: 8)
}

@Test func refusesAMissingCommaInAFlowList() {
    expectYAMLError("a: [\"x\" y]\n", "front-matter.syntax", "expected ',' or ']' after a value in a '[ ]' list",
                    line: 1, column: 9)
}

@Test func refusesABraceInsideAFlowValue() {
    expectYAMLError("a: [x{y]\n", "front-matter.syntax",
                    "'{' cannot appear in an unquoted value inside a '[ ]' list; put the value in quotes", line: 1, column: 6)
}

@Test func refusesTextAfterAClosingBracket() {
    expectYAMLError("a: [x] y\n", "front-matter.syntax", "unexpected text after ']'", line: 1, column: 8)
}

// Recovery: every slip is reported, none causes a cascade.

@Test func reportsEverySlipInOneDocument() {
    let yaml = "title：通知\nfeedback：\n  phone: x\ncategory:办事服务\nkind: notice\nkind: guide\n"
    let (root, diagnostics) = YAMLParser.parse(yaml, path: testPath)
    #expect(root == nil)
    #expect(diagnostics.map(\.code) == [
        "front-matter.fullwidth-colon", "front-matter.fullwidth-colon", "front-matter.missing-space",
        "front-matter.duplicate-key",
    ])
    #expect(diagnostics.map { $0.location?.line } == [1, 2, 4, 6])
}

@Test func stopsAtTheFirstIndentationProblem() {
    let (_, diagnostics) = YAMLParser.parse("a:\n    b: 1\n  c: 2\n d: 3\n", path: testPath)
    #expect(diagnostics.count == 1)
}

@Test func findsADuplicateAmongManyKeys() {
    let yaml = (0..<40).map { "k\($0): x\n" }.joined() + "k3: y\n"
    expectYAMLError(yaml, "front-matter.duplicate-key", "duplicate key 'k3', already set on line 4; keep only one",
                    line: 41, column: 1)
}

@Test func reportsTheFirstSlipInAKey() {
    expectYAMLError("url:http://x.cn/a：b\n", "front-matter.missing-space",
                    "a space is missing after 'url:'; write 'url: ' and then the value", line: 1, column: 4)
}

@Test func shortensALongKeyInAMessage() {
    expectYAMLError(String(repeating: "长", count: 100) + "：x\n", "front-matter.fullwidth-colon",
                    "'" + String(repeating: "长", count: 40) + "…：' uses a full-width colon '：'; type an ASCII colon ':' followed by a space",
                    line: 1, column: 101)
}
