import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import GongkaiKit

private let labels = Flowchart.Labels(title: "登记办理流程图", description: "共2个环节。", start: "开始", end: "办结",
                                      role: "承办岗位：", limit: "时限：")

private func step(_ name: String, _ role: String? = nil, _ limit: String? = nil) -> ProcedureStep {
    ProcedureStep(name: name, role: role, limit: limit)
}

private func count(_ needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
}

// MARK: - Wrapping

@Test func chineseWrapsAtTheWidthOneEmACharacter() {
    let w = TextWrapper(width: 5)
    #expect(w.lines("一二三四五六七八九十十一") == ["一二三四五", "六七八九十", "十一"])
    #expect(w.lines("一二三四五") == ["一二三四五"])
    #expect(w.lines("") == [])
}

@Test func asciiIsNarrowerAndBreaksBetweenWords() {
    #expect(TextWrapper.width(of: "abcd") == 2.2)
    #expect(TextWrapper.width(of: "办理ab") == 3.1)
    // 10 ASCII letters are 5.5 em: too wide for 5 em, so the word is cut where the line ends.
    #expect(TextWrapper(width: 5).lines("abcdefghij") == ["abcdefghi", "j"])
    #expect(TextWrapper(width: 5).lines("Apply online now") == ["Apply", "online", "now"])
    #expect(TextWrapper(width: 5).lines("受理XK-33-MZ") == ["受理", "XK-33-MZ"])
}

@Test func closingPunctuationNeverStartsALine() {
    // 一二三四五 fills the line; the comma would start the next one, so 五 goes down with it.
    #expect(TextWrapper(width: 5).lines("一二三四五，六") == ["一二三四", "五，六"])
    // The closing bracket carries 五 down, which would leave the opening bracket at the line's end.
    #expect(TextWrapper(width: 5).lines("一二三（五）") == ["一二三", "（五）"])
}

@Test func openingPunctuationNeverEndsALine() {
    #expect(TextWrapper(width: 5).lines("一二三四《五》") == ["一二三四", "《五》"])
}

@Test func whitespaceCollapsesAndIsTrimmedAtLineEnds() {
    #expect(TextWrapper(width: 10).lines("  a   b  ") == ["a b"])
    #expect(TextWrapper(width: 3).lines("ab cd ef") == ["ab cd", "ef"])
}

// MARK: - Layout

@Test func oneBoxPerStepAndAnArrowBetweenEveryTwoShapes() {
    let chart = Flowchart(steps: [step("受理", "窗口", "1个工作日"), step("审查"), step("决定", nil, "2日")], labels: labels)
    let layout = chart.layout()
    #expect(layout.boxes.map(\.number) == [1, 2, 3])
    #expect(layout.boxes.map { $0.lines.count } == [3, 1, 2])
    #expect(layout.arrows.count == 4)
    // Arrows join each shape to the next without a gap or an overlap.
    #expect(layout.arrows[0].from == layout.startY + Flowchart.terminalHeight)
    for (i, box) in layout.boxes.enumerated() {
        #expect(layout.arrows[i].to == box.y)
        #expect(layout.arrows[i + 1].from == box.y + box.height)
    }
    #expect(layout.arrows[3].to == layout.endY)
    #expect(layout.height == layout.endY + Flowchart.terminalHeight + Flowchart.margin)

    let svg = chart.svg()
    #expect(count(#"<g class="fc-step">"#, in: svg) == 3)
    #expect(count(#"class="fc-arrow""#, in: svg) == 4)
    #expect(count(#"<g class="fc-terminal">"#, in: svg) == 2)
    #expect(count(#"class="fc-name""#, in: svg) == 3)
    #expect(count(#"class="fc-detail""#, in: svg) == 3)
    #expect(svg.contains(">承办岗位：窗口</text>"))
    #expect(svg.contains(">时限：2日</text>"))
}

@Test func longTextWrapsInsideTheBox() {
    let name = String(repeating: "审", count: 20)
    let chart = Flowchart(steps: [step(name, "社会组织管理股经办人（双方亲自到场）")], labels: labels)
    let box = chart.layout().boxes[0]
    // 244 px at 16 px is 15.25 em: 15 characters a line. The opening bracket goes to the next line.
    #expect(box.lines.map(\.text) == [String(repeating: "审", count: 15), String(repeating: "审", count: 5),
                                       "承办岗位：社会组织管理股经办人", "（双方亲自到场）"])
    #expect(box.lines.map(\.style) == [.name, .name, .detail, .detail])
    for line in box.lines {
        #expect(TextWrapper.width(of: line.text) * Double(Flowchart.fontSize) <= Double(Flowchart.textWidth))
        #expect(line.y > box.y && line.y < box.y + box.height)
    }
    #expect(box.height == 2 * Flowchart.padding + 4 * Flowchart.lineHeight)
    // Text stays inside the box: its column starts after the number and ends before the border.
    #expect(Flowchart.textX + Flowchart.textWidth < Flowchart.boxX + Flowchart.boxWidth)
    #expect(Flowchart.boxX + Flowchart.boxWidth <= Flowchart.width)
}

@Test func theChartIsAnImageWithANameAndADescription() {
    let svg = Flowchart(steps: [step("受理")], labels: labels).svg()
    #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" class="flowchart-svg" width="336" "#))
    #expect(svg.contains(#"role="img" aria-labelledby="flowchart-title" aria-describedby="flowchart-desc""#))
    #expect(svg.contains(#"<title id="flowchart-title">登记办理流程图</title><desc id="flowchart-desc">共2个环节。</desc>"#))
    #expect(svg.contains(">开始</text>") && svg.contains(">办结</text>"))
    #expect(svg.hasSuffix("</svg>"))
}

@Test func aOneStepChartIsExactlyThis() {
    let svg = Flowchart(steps: [step("受理", "窗口", "即时")], labels: labels, id: "fc").svg()
    #expect(svg == """
        <svg xmlns="http://www.w3.org/2000/svg" class="flowchart-svg" width="336" height="232" viewBox="0 0 336 232" \
        role="img" aria-labelledby="fc-title" aria-describedby="fc-desc" font-size="16">\
        <title id="fc-title">登记办理流程图</title><desc id="fc-desc">共2个环节。</desc>\
        <g class="fc-terminal"><rect x="104" y="2" width="128" height="40" rx="20" fill="#eaeef3" stroke="#12406e" \
        stroke-width="2"/><text x="168" y="28" text-anchor="middle" fill="#1d2129">开始</text></g>\
        <path class="fc-arrow" d="M168 42V70m-6 -8l6 8l6 -8" fill="none" stroke="#12406e" stroke-width="2" \
        stroke-linecap="round" stroke-linejoin="round"/>\
        <g class="fc-step"><rect x="18" y="70" width="300" height="92" rx="6" fill="#fff" stroke="#12406e" stroke-width="2"/>\
        <circle cx="40" cy="92" r="13" fill="#12406e"/>\
        <text x="40" y="97" text-anchor="middle" font-size="14" font-weight="bold" fill="#fff">1</text>\
        <text x="62" y="98" class="fc-name" font-weight="bold" fill="#1d2129">受理</text>\
        <text x="62" y="122" class="fc-detail" fill="#4e5562">承办岗位：窗口</text>\
        <text x="62" y="146" class="fc-detail" fill="#4e5562">时限：即时</text></g>\
        <path class="fc-arrow" d="M168 162V190m-6 -8l6 8l6 -8" fill="none" stroke="#12406e" stroke-width="2" \
        stroke-linecap="round" stroke-linejoin="round"/>\
        <g class="fc-terminal"><rect x="104" y="190" width="128" height="40" rx="20" fill="#eaeef3" stroke="#12406e" \
        stroke-width="2"/><text x="168" y="216" text-anchor="middle" fill="#1d2129">办结</text></g></svg>
        """)
}

@Test func everyTextIsEscaped() {
    let hostile = Flowchart.Labels(title: "<script>alert(1)</script>", description: "a \"quoted\" & <b>bold</b>",
                                   start: "<s>", end: "&", role: "<r>", limit: "\"")
    let svg = Flowchart(steps: [step("</text><script>x</script>", "a&b", "<i>")], labels: hostile, id: "x").svg()
    #expect(!svg.contains("<script"))
    #expect(!svg.contains("<b>") && !svg.contains("<s>") && !svg.contains("<i>") && !svg.contains("<r>"))
    #expect(svg.contains("&lt;/text&gt;&lt;script&gt;x&lt;/script&gt;"))
    #expect(svg.contains("&lt;r&gt;a&amp;b"))
    #expect(svg.contains("a &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;"))
    // Still one text element per line: nothing a step says can open or close an element.
    #expect(count("<text", in: svg) == count("</text>", in: svg))
}

@Test func theSameStepsGiveTheSameBytes() {
    var rng = SplitMix64(seed: 7)
    let pool = Array("受理审查决定发证窗口股室负责人，。（）《》abc 123")
    for _ in 0..<50 {
        let steps = (0..<Int(rng.next() % 7)).map { _ in
            step(String((0..<Int(rng.next() % 30)).map { _ in pool[Int(rng.next() % UInt64(pool.count))] }),
                 rng.next() % 2 == 0 ? nil : "窗口", rng.next() % 3 == 0 ? nil : "3个工作日")
        }
        let a = Flowchart(steps: steps, labels: labels).svg()
        let b = Flowchart(steps: steps, labels: labels).svg()
        #expect(a == b)
        #expect(count(#"<g class="fc-step">"#, in: a) == steps.count)
        #expect(count(#"class="fc-arrow""#, in: a) == steps.count + 1)
        #expect(a.range(of: #"[0-9]\.[0-9]"#, options: .regularExpression) == nil, "coordinates are whole numbers")
    }
}

@Test func theSVGIsWellFormedXML() throws {
    let svg = Flowchart(steps: [step("受理 & <审查>", "窗口", "1日"), step("决定")], labels: labels).svg()
    let document = try XMLDocument(data: Data(svg.utf8))
    #expect(document.rootElement()?.name == "svg")
    #expect(try document.nodes(forXPath: "//*[local-name()='rect']").count == 4)
}
