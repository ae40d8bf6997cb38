import Testing
@testable import GongkaiKit

private func render(_ source: String, _ context: TemplateValue = [:], partials: [String: String] = [:]) throws -> String {
    try Template(source, name: "t").render(context, library: TemplateLibrary(sources: partials))
}

private func parseError(_ source: String) -> TemplateError? {
    do {
        _ = try Template(source, name: "t")
        return nil
    } catch {
        return error
    }
}

// MARK: gongkai's own choices

@Test func emptyStringIsFalsey() throws {
    #expect(try render("{{#n}}No. {{n}}{{/n}}{{^n}}none{{/n}}", ["n": ""]) == "none")
    #expect(try render("{{#n}}No. {{n}}{{/n}}{{^n}}none{{/n}}", ["n": "12"]) == "No. 12")
}

@Test func zeroIsTruthy() throws {
    #expect(try render("{{#n}}{{n}} items{{/n}}", ["n": 0]) == "0 items")
}

@Test func numbersPrintAsSwiftPrintsThem() throws {
    #expect(try render("{{a}} {{b}} {{c}} {{d}} {{e}}", ["a": 1.0, "b": 1.25, "c": -0.0, "d": 1e16, "e": -42]) == "1 1.25 0 1e+16 -42")
}

@Test func keysOfListsAndScalarsAreMissing() throws {
    #expect(try render("[{{list.count}}{{name.count}}]", ["list": [1, 2], "name": "x"]) == "[]")
}

@Test func singleQuotesAreNotEscaped() throws {
    #expect(try render("{{s}}", ["s": "<a href=\"x\">'&'</a>"]) == "&lt;a href=&quot;x&quot;&gt;'&amp;'&lt;/a&gt;")
}

@Test func missingPartialRendersNothing() throws {
    #expect(try render("a{{>missing}}b") == "ab")
}

@Test func nestedPartialsAddTheirIndentation() throws {
    let partials = ["list": "<ul>\n  {{>item}}\n</ul>\n", "item": "<li>\n  {{.}}\n</li>\n"]
    #expect(try render("<nav>\n  {{>list}}\n</nav>\n", "x", partials: partials)
            == "<nav>\n  <ul>\n    <li>\n      x\n    </li>\n  </ul>\n</nav>\n")
}

@Test func aLibraryRendersATemplateByName() throws {
    let library = try TemplateLibrary(sources: ["item": "<h1>{{title}}</h1>{{>footer}}", "footer": "<footer>{{organ}}</footer>"])
    #expect(try library.render("item", ["title": "A & B", "organ": "民政局"]) == "<h1>A &amp; B</h1><footer>民政局</footer>")
    #expect(library.template(named: "footer")?.name == "footer")
    #expect(library.template(named: "nope") == nil)
}

@Test func aPageFillsTheBlocksOfItsLayout() throws {
    let library = try TemplateLibrary(sources: [
        "base": """
            <title>{{$title}}{{site}}{{/title}}</title>
            <main>
              {{$content}}
              {{/content}}
            </main>

            """,
        "page": """
            {{<base}}
            {{$title}}{{page.title}} - {{site}}{{/title}}
            {{$content}}
            <h1>{{page.title}}</h1>
            {{{page.body}}}
            {{/content}}
            {{/base}}

            """,
    ])
    let context: TemplateValue = ["site": "示例县民政局", "page": ["title": "通知", "body": "<p>正文</p>"]]
    #expect(try library.render("page", context) == """
        <title>通知 - 示例县民政局</title>
        <main>
          <h1>通知</h1>
          <p>正文</p>
        </main>

        """)
    #expect(try library.render("base", context) == "<title>示例县民政局</title>\n<main>\n</main>\n")
}

// MARK: every error message

@Test func anUnclosedSectionNamesWhereItOpened() {
    #expect(parseError("<ul>\n  {{#items}}\n  <li>{{.}}</li>\n")
            == TemplateError(template: "t", line: 4, column: 1, message: "unclosed section 'items' opened at 2:3"))
    #expect(parseError("{{^a}}")?.message == "unclosed inverted section 'a' opened at 1:1")
    #expect(parseError("x{{<base}}")?.message == "unclosed parent 'base' opened at 1:2")
    #expect(parseError("标题{{$title}}x") == TemplateError(template: "t", line: 1, column: 14,
                                                        message: "unclosed block 'title' opened at 1:3"))
}

@Test func aClosingTagMustMatchTheInnermostSection() {
    #expect(parseError("{{#a}}\n{{#b}}\n{{/a}}")
            == TemplateError(template: "t", line: 3, column: 1, message: "mismatched closing tag 'a'; expected 'b'"))
    #expect(parseError("x {{/a}}")
            == TemplateError(template: "t", line: 1, column: 3, message: "unexpected closing tag 'a'; no section is open"))
}

@Test func malformedTagsAreErrors() {
    #expect(parseError("a\n {{name") == TemplateError(template: "t", line: 2, column: 2, message: "unclosed tag; expected '}}'"))
    #expect(parseError("{{{name}}")?.message == "unclosed tag; expected '}}}'")
    #expect(parseError("{{ }}")?.message == "empty tag; expected a name between the delimiters")
    #expect(parseError("{{#a b}}")?.message == "invalid name 'a b'; names cannot contain spaces")
    #expect(parseError("{{a..b}}")?.message == "invalid name 'a..b'; expected names joined by single dots")
    #expect(parseError("{{=<%=}}")?.message
            == "invalid set-delimiter tag '<%'; expected two delimiters separated by a space, such as {{=<% %>=}}")
}

@Test func sectionsNestAtMostAHundredDeep() {
    #expect(parseError(String(repeating: "{{#a}}", count: 101))
            == TemplateError(template: "t", line: 1, column: 601, message: "sections nested deeper than 100"))
    #expect(parseError(String(repeating: "{{#a}}", count: 100) + String(repeating: "{{/a}}", count: 100)) == nil)
}

@Test func aPartialThatIncludesItselfEndsInAnError() throws {
    let library = try TemplateLibrary(sources: ["loop": "x{{>loop}}"])
    #expect(throws: TemplateError(template: "loop", line: 1, column: 2, message: "partial nesting deeper than 100")) {
        try library.render("loop", [:])
    }
}

@Test func aBlockThatContainsItselfEndsInAnError() throws {
    let library = try TemplateLibrary(sources: ["base": "{{$a}}{{/a}}", "page": "{{<base}}{{$a}}[{{$a}}{{/a}}]{{/a}}{{/base}}"])
    #expect(throws: TemplateError(template: "page", line: 1, column: 17, message: "block nesting deeper than 100")) {
        try library.render("page", [:])
    }
}

@Test func deepRecursionThroughSectionsEndsInAnError() throws {
    let source = String(repeating: "{{#a}}", count: 20) + "{{>deep}}" + String(repeating: "{{/a}}", count: 20)
    let library = try TemplateLibrary(sources: ["deep": source])
    #expect(throws: TemplateError(template: "deep", line: 1, column: 79, message: "template nesting deeper than 1000")) {
        try library.render("deep", ["a": true])
    }
}

@Test func anUnknownTemplateIsAnError() throws {
    #expect(throws: TemplateError(template: "nope", line: 1, column: 1, message: "unknown template 'nope'")) {
        try TemplateLibrary(templates: [:]).render("nope", [:])
    }
}

// MARK: any input parses or fails cleanly

@Test func randomTemplatesParseOrFailWithAPosition() throws {
    let pieces = ["{{", "}}", "{", "}", "#", "^", "/", "!", ">", "<", "$", "=", "&", ".", "a", "b", " ", "\n",
                  "\r\n", "  ", "{{#a}}", "{{/a}}", "{{$b}}", "{{/b}}", "{{>f}}", "{{<f}}", "{{/f}}", "{{=| |=}}",
                  "|", "标"]
    var generator = SplitMix64(seed: 2026)
    var parsed = 0
    var failed = 0
    for _ in 0..<3000 {
        let source = (0..<Int.random(in: 1...30, using: &generator))
            .map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
        do {
            let template = try Template(source, name: "f")
            parsed += 1
            _ = try? template.render(["a": [1, ["a": false]], "b": "x"], library: TemplateLibrary(templates: ["f": template]))
        } catch {
            failed += 1
            #expect(error.line >= 1 && error.column >= 1 && !error.message.isEmpty, "\(source.debugDescription)")
        }
    }
    #expect(parsed > 100)
    #expect(failed > 100)
}
